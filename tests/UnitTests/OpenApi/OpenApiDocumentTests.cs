using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;
using Transformation.Surveys.Plans;

namespace Transformation.Tests.OpenApi;

/// <summary>The OpenAPI document says what a client needs, and says it from the code: bodies, answers, refusals, sign-in.</summary>
public sealed partial class OpenApiDocumentTests
{
    private static readonly JsonObject Document = OpenApiDocument.Build(FunctionCatalog.App, "http://localhost");

    private static IEnumerable<(FunctionEntry Entry, string Method, JsonObject Operation)> Operations =>
        FunctionCatalog.App.Http.SelectMany(e => e.HttpMethods.Select(m =>
            (e, m, Document["paths"]![RouteTemplates.Path(e.Route!)]![m.ToLowerInvariant()]!.AsObject())));

    [Fact]
    public void Every_operation_declares_the_path_parameters_of_its_route()
    {
        foreach (var (entry, method, operation) in Operations)
        {
            var expected = Parameter().Matches(RouteTemplates.Path(entry.Route!)).Select(m => m.Groups[1].Value).ToList();
            var declared = ParametersIn(operation, "path").ToList();

            Assert.True(expected.SequenceEqual(declared), $"{method} {entry.Route}: [{string.Join(", ", declared)}]");
        }
    }

    [Fact]
    public void A_json_body_is_described_by_the_record_the_function_reads()
    {
        var json = Operations.Where(o => o.Entry.Method.GetCustomAttribute<AcceptsJsonAttribute>() is not null).ToList();

        Assert.NotEmpty(json);
        foreach (var (entry, method, operation) in json)
        {
            var type = entry.Method.GetCustomAttribute<AcceptsJsonAttribute>()!.BodyType;
            var schema = Resolve(operation["requestBody"]!["content"]!["application/json"]!["schema"]!);

            Assert.True(JsonNames(type).SetEquals(PropertyNames(schema)), $"{method} {entry.Route}");
        }
    }

    [Fact]
    public void A_typed_answer_is_described_by_the_record_the_function_returns()
    {
        var typed = Operations.SelectMany(o => o.Entry.Method.GetCustomAttributes<ProducesResponseTypeAttribute>()
            .Where(a => a.Type is { IsClass: true } t && t.Assembly == typeof(OpenApiDocument).Assembly)
            .Select(a => (o.Entry, o.Operation, Attribute: a))).ToList();

        Assert.NotEmpty(typed);
        foreach (var (entry, operation, attribute) in typed)
        {
            var status = attribute.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var schema = Resolve(operation["responses"]![status]!["content"]!["application/json"]!["schema"]!);

            Assert.True(JsonNames(attribute.Type!).SetEquals(PropertyNames(schema)), $"{entry.Name} {status}");
        }
    }

    [Fact]
    public void Every_api_operation_describes_the_body_of_its_success()
    {
        foreach (var (entry, method, operation) in Operations.Where(o => OpenApiDocument.IsApi(o.Entry.Route!)))
        {
            var successes = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).ToList();

            Assert.True(successes.Count > 0, $"{method} {entry.Route} has no success answer");
            Assert.All(successes, s => Assert.True(s.Value!["content"] is JsonObject { Count: > 0 } content
                && content.All(c => c.Value!["schema"] is JsonObject { Count: > 0 }), $"{method} {entry.Route} {s.Key} has no schema"));
        }
    }

    [Fact]
    public void Refusals_of_api_routes_are_problem_json()
    {
        foreach (var (entry, method, operation) in Operations.Where(o => OpenApiDocument.IsApi(o.Entry.Route!)))
        {
            foreach (var refusal in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('4')))
            {
                var schema = refusal.Value!["content"]?[Problems.ContentType]?["schema"]?["$ref"]?.GetValue<string>();

                Assert.True(schema == "#/components/schemas/Problem", $"{method} {entry.Route} {refusal.Key}");
            }
        }
    }

    [Fact]
    public void A_signed_in_route_requires_its_roles_and_a_public_one_nothing()
    {
        foreach (var (entry, method, operation) in Operations)
        {
            var access = EndpointGuard.AccessOf(entry.Method);
            var security = operation["security"]!.AsArray();
            if (access.IsPublic)
            {
                Assert.True(security.Count == 0, $"{method} {entry.Route} is public but asks for sign-in");
            }
            else
            {
                var bearer = security.Select(s => s!["bearer"]).Single(b => b is not null)!.AsArray().Select(r => r!.GetValue<string>());
                Assert.Equal(access.Roles, bearer);
            }
        }
    }

    [Fact]
    public void Enum_values_are_the_names_the_route_writes()
    {
        var standing = Document["components"]!["schemas"]!["PlanView"]!["properties"]!["standing"]!["enum"]!.AsArray()
            .Select(v => v?.GetValue<string>()).ToList();

        Assert.Contains(JsonSerializer.Serialize(PlanStanding.NotStarted, ImprovementPlanStore.Json).Trim('"'), standing);
    }

    [Fact]
    public void Every_reference_points_at_a_component_that_exists()
    {
        var components = Document["components"]!["schemas"]!.AsObject();
        var references = Regex.Matches(Document.ToJsonString(), "\"\\$ref\":\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(
            r.StartsWith("#/components/schemas/", StringComparison.Ordinal) && components.ContainsKey(r["#/components/schemas/".Length..]), r));
    }

    [Fact]
    public void Every_route_declares_the_query_values_it_reads()
    {
        var wrong = new List<string>();
        foreach (var (entry, method, operation) in Operations)
        {
            Assert.True(FunctionSources.Functions.TryGetValue(entry.Name, out var source), $"{entry.Name}: its source was not found");
            var (read, unknown) = FunctionSources.QueryReads(source);
            read.Remove("lang");
            var declared = ParametersIn(operation, "query").Where(n => n != "lang").ToHashSet(StringComparer.Ordinal);

            Assert.True(unknown.Count == 0,
                $"{entry.Name} reads a query value whose name is not a literal or a constant: {string.Join(", ", unknown)}");
            if (!read.SetEquals(declared))
            {
                wrong.Add($"{entry.Name} ({method} {entry.Route}) reads [{string.Join(", ", read.Order())}], "
                    + $"declares [{string.Join(", ", declared.Order())}]");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_declared_query_value_is_optional_typed_and_described()
    {
        var get = Operations.Single(o => o.Entry.Name == "CareSheetGet").Operation;
        var version = get["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "version")!;

        Assert.Equal("query", version["in"]!.GetValue<string>());
        Assert.False(version["required"]!.GetValue<bool>());
        Assert.Equal("integer", version["schema"]!["type"]!.GetValue<string>());
        Assert.Contains("version", version["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_operation_takes_lang_for_its_language()
    {
        foreach (var (entry, method, operation) in Operations)
        {
            Assert.True(ParametersIn(operation, "query").Contains("lang"), $"{method} {entry.Route}");
        }
    }

    [Fact]
    public void A_write_that_reads_if_match_declares_the_header_428_and_409()
    {
        var conditional = Operations.Where(o => ReadsIfMatch(o.Entry)).ToList();

        Assert.NotEmpty(conditional);
        foreach (var (entry, method, operation) in conditional)
        {
            var mayCreate = FunctionSources.Functions[entry.Name].Contains("mayCreate: true", StringComparison.Ordinal);
            var responses = operation["responses"]!.AsObject();

            Assert.True(entry.Method.GetCustomAttribute<ConditionalWriteAttribute>()?.MayCreate == mayCreate, $"{entry.Name}: [ConditionalWrite]");
            Assert.Contains("If-Match", ParametersIn(operation, "header"));
            Assert.Equal(mayCreate, ParametersIn(operation, "header").Contains("If-None-Match"));
            Assert.True(responses.ContainsKey("428") && responses.ContainsKey("409"), $"{method} {entry.Route}");
        }
    }

    [Fact]
    public void Only_writes_that_read_if_match_declare_it()
    {
        var declared = Operations.Where(o => ParametersIn(o.Operation, "header").Contains("If-Match")).Select(o => o.Entry.Name).ToHashSet();
        var reading = Operations.Where(o => ReadsIfMatch(o.Entry)).Select(o => o.Entry.Name).ToHashSet();

        Assert.Equal(reading.Order(), declared.Order());
    }

    [Fact]
    public void An_api_answer_that_carries_an_etag_declares_the_header()
    {
        var api = Operations.Where(o => OpenApiDocument.IsApi(o.Entry.Route!)).ToList();
        var answering = api.Where(o => ETagRead().IsMatch(FunctionSources.Functions[o.Entry.Name])).ToList();

        Assert.NotEmpty(answering);
        var wrong = new List<string>();
        foreach (var (entry, method, operation) in api)
        {
            var successes = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).ToList();
            var expected = answering.Any(o => o.Entry.Name == entry.Name);
            if (!successes.All(s => s.Value!["headers"]?["ETag"] is not null == expected))
            {
                wrong.Add($"{entry.Name} ({method} {entry.Route}): ETag {expected}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_page_declares_the_refusals_it_answers()
    {
        var missing = new List<string>();
        foreach (var (entry, method, operation) in Operations.Where(o => !OpenApiDocument.IsApi(o.Entry.Route!)))
        {
            var source = FunctionSources.FunctionsOwnClass[entry.Name];
            var responses = operation["responses"]!.AsObject();
            (string Code, bool Answered)[] refusals =
            [
                ("404", source.Contains("Status404NotFound", StringComparison.Ordinal) || source.Contains(".NotFound()", StringComparison.Ordinal)),
                ("409", source.Contains("Status409Conflict", StringComparison.Ordinal)),
                ("410", source.Contains("Status410Gone", StringComparison.Ordinal)),
            ];

            missing.AddRange(refusals.Where(r => r.Answered && !responses.ContainsKey(r.Code))
                .Select(r => $"{entry.Name} ({method} {entry.Route}) {r.Code}"));
        }

        Assert.True(missing.Count == 0, "Answered, not declared: " + string.Join("\n", missing));
    }

    private static bool ReadsIfMatch(FunctionEntry entry) =>
        FunctionSources.Functions[entry.Name].Contains("WritePreconditions.Require(", StringComparison.Ordinal);

    private static IEnumerable<string> ParametersIn(JsonObject operation, string place) =>
        (operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == place).Select(p => p!["name"]!.GetValue<string>());

    private static JsonObject Resolve(JsonNode schema)
    {
        var reference = schema["$ref"]?.GetValue<string>();
        return reference is null ? schema.AsObject() : Document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
    }

    private static HashSet<string> PropertyNames(JsonObject schema) => [.. schema["properties"]!.AsObject().Select(p => p.Key)];

    private static HashSet<string> JsonNames(Type type)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        return [.. options.GetTypeInfo(type).Properties.Select(p => p.Name)];
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Parameter();

    /// <summary>The ETag of what was read or written, going into the answer (not the header being set, nor a form field).</summary>
    [GeneratedRegex(@"(?<!Headers)\.ETag\b")]
    private static partial Regex ETagRead();
}
