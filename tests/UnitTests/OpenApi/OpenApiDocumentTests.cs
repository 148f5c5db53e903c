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
            var declared = (operation["parameters"]?.AsArray() ?? []).Select(p => p!["name"]!.GetValue<string>()).ToList();

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
}
