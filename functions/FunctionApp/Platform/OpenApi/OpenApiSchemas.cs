using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Transformation.Platform.OpenApi;

/// <summary>
/// JSON schemas of the records the functions read and answer, exported by System.Text.Json from the types
/// themselves with the serializer settings of the API, so the document cannot describe a shape the code does not
/// send. Every record of the app becomes a component and is referenced where it is used.
/// </summary>
public sealed class OpenApiSchemas
{
    // Web defaults as the JSON routes use them, enums by camelCase name, unless a class names its own (JsonOptionsAttribute).
    private static readonly JsonSerializerOptions Json = ForSchemas(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    });

    private readonly Dictionary<JsonSerializerOptions, JsonSerializerOptions> exportOptions = [];

    private readonly SortedDictionary<string, JsonNode> components = new(StringComparer.Ordinal);
    private readonly Dictionary<(Type Type, bool Request), string> names = [];

    /// <summary>The components found so far, by name.</summary>
    public IReadOnlyDictionary<string, JsonNode> Components => components;

    /// <summary>The schema of an answer of type <paramref name="type"/>: a reference for a record of the app, inline otherwise.</summary>
    public JsonNode Of(Type type, JsonSerializerOptions? options = null) => Export(type, request: false, options);

    /// <summary>
    /// The schema of a request body: as an answer, but no property is required, because the bodies are read leniently
    /// (a missing field is null, and the route's own checks name it in a 400).
    /// </summary>
    public JsonNode OfRequest(Type type, JsonSerializerOptions? options = null) => Export(type, request: true, options);

    private JsonNode Export(Type type, bool request, JsonSerializerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(type);
        var json = Json;
        if (options is not null && !exportOptions.TryGetValue(options, out json))
        {
            json = ForSchemas(new JsonSerializerOptions(options));
            exportOptions[options] = json;
        }

        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, request),
        };
        return JsonSchemaExporter.GetJsonSchemaAsNode(json, type, exporter);
    }

    private JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, bool request)
    {
        var type = context.TypeInfo.Type;
        if (!IsComponent(type) || node is not JsonObject schema)
        {
            return node;
        }

        // A type met again in the same export is a pointer to where it was first met; it is a component by then.
        if (schema.ContainsKey("$ref"))
        {
            return new JsonObject { ["$ref"] = "#/components/schemas/" + NameOf(type, request) };
        }

        if (request)
        {
            schema.Remove("required");
        }

        var nullable = schema["type"] is JsonArray kinds && kinds.Any(k => k?.GetValue<string>() == "null");
        if (nullable)
        {
            schema["type"] = "object";
        }

        var name = NameOf(type, request);
        components.TryAdd(name, schema);
        var reference = new JsonObject { ["$ref"] = "#/components/schemas/" + name };
        return nullable ? new JsonObject { ["oneOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
    }

    private static bool IsComponent(Type type) =>
        type.Assembly == typeof(OpenApiSchemas).Assembly && !type.IsEnum && !type.IsGenericType
        && Json.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object;

    // A record read as a body and also answered is two components: the answer's name, and the name with "Input".
    private string NameOf(Type type, bool request)
    {
        if (names.TryGetValue((type, request), out var known))
        {
            return known;
        }

        var name = request && !type.Name.EndsWith("Request", StringComparison.Ordinal) ? type.Name + "Input" : type.Name;
        if (names.ContainsValue(name))
        {
            // Two records of the same name in different features: the feature's namespace tells them apart.
            name = (type.FullName ?? type.Name).Replace("Transformation.", string.Empty, StringComparison.Ordinal).Replace('+', '.');
        }

        names[(type, request)] = name;
        return name;
    }

    // Numbers are described as numbers: the API writes them so, and reading one from a string is a leniency, not the contract.
    private static JsonSerializerOptions ForSchemas(JsonSerializerOptions options)
    {
        options.NumberHandling = JsonNumberHandling.Strict;
        options.TypeInfoResolver ??= new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
