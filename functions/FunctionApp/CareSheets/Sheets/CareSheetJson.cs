using System.Text.Json;
using System.Text.Json.Serialization;

namespace Transformation.CareSheets.Sheets;

/// <summary>How sheet content is written into its version row and onto the API: camelCase, enums by name.</summary>
public static class CareSheetJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(CareSheetContent content) => JsonSerializer.Serialize(content, Options);

    public static CareSheetContent Read(string json) =>
        JsonSerializer.Deserialize<CareSheetContent>(json, Options) ?? throw new InvalidOperationException("A sheet version row holds no content.");
}
