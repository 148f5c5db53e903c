using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Transformation.Platform.Http;

/// <summary>
/// The JSON the API answers with when a function passes its own serializer options: web defaults (camelCase), and
/// Japanese written as it is rather than as \uXXXX escapes (HTML-sensitive characters are still escaped).
/// </summary>
public static class ApiJson
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Encoder = Encoder };
}
