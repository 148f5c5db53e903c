using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Formatters;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Security;

namespace Transformation.Platform.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.1 document from the function catalog: each operation's parameters (the route's, the query values of
/// <see cref="QueryParameterAttribute"/>, ?lang= everywhere, the headers of a <see cref="ConditionalWriteAttribute"/>), request body
/// (<see cref="AcceptsJsonAttribute"/>, <see cref="AcceptsUploadAttribute"/>), answers (<see cref="ProducesResponseTypeAttribute"/>,
/// <see cref="AnswersETagAttribute"/>, and what the guard, the gate and the body reader answer on every route of a kind) and
/// security (from [Authorize]).
/// What cannot be read from the code is in <see cref="OpenApiConventions"/>.
/// </summary>
public static partial class OpenApiDocument
{
    public static JsonObject Build(FunctionCatalog catalog, string server)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var schemas = new OpenApiSchemas();
        var paths = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var entry in catalog.Http)
        {
            var path = RouteTemplates.Path(entry.Route!);
            if (!paths.TryGetValue(path, out var operations))
            {
                operations = [];
                paths[path] = operations;
            }

            foreach (var method in entry.HttpMethods)
            {
                operations[method.ToLowerInvariant()] = Operation(entry, method, schemas);
            }
        }

        var components = new JsonObject
        {
            ["schemas"] = Sorted(schemas.Components.Append(new(OpenApiConventions.ProblemName, OpenApiConventions.Problem()))),
            ["securitySchemes"] = OpenApiConventions.SecuritySchemes(),
        };
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = OpenApiConventions.Info(),
            ["servers"] = new JsonArray(new JsonObject { ["url"] = server }),
            ["tags"] = OpenApiConventions.TagList(),
            ["paths"] = Sorted(paths.Select(p => KeyValuePair.Create(p.Key, (JsonNode)p.Value))),
            ["components"] = components,
        };
    }

    /// <summary>Whether a route is an API route (JSON, bearer token) rather than a page or an emailed link (HTML).</summary>
    public static bool IsApi(string route) => route.StartsWith("api/", StringComparison.Ordinal);

    private static JsonObject Operation(FunctionEntry entry, string method, OpenApiSchemas schemas)
    {
        var route = entry.Route!;
        var access = EndpointGuard.AccessOf(entry.Method);
        var operation = new JsonObject
        {
            ["operationId"] = entry.Name,
            ["summary"] = entry.Summary ?? entry.Name,
            ["tags"] = new JsonArray(OpenApiConventions.TagOf(route)),
        };
        operation["parameters"] = Parameters(entry);

        var json = entry.Method.GetCustomAttribute<AcceptsJsonAttribute>();
        var upload = entry.Method.GetCustomAttribute<AcceptsUploadAttribute>() is not null;
        if (json is not null)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = !json.Optional,
                ["content"] = new JsonObject
                {
                    [OpenApiConventions.Json] = new JsonObject { ["schema"] = schemas.OfRequest(json.BodyType, OptionsOf(entry)) },
                },
            };
        }
        else if (upload)
        {
            operation["requestBody"] = OpenApiConventions.Upload();
        }

        operation["responses"] = Responses(entry, method, access, hasBody: json is not null || upload, json is not null, schemas);
        operation["security"] = access.IsPublic ? new JsonArray() : OpenApiConventions.Security(access.Roles, IsApi(route));
        if (!access.IsPublic)
        {
            operation["x-roles"] = new JsonArray([.. access.Roles.Select(r => (JsonNode)r)]);
        }

        return operation;
    }

    private static JsonObject Responses(FunctionEntry entry, string method, EndpointAccess access, bool hasBody, bool json, OpenApiSchemas schemas)
    {
        var api = IsApi(entry.Route!);
        var page = !api;
        var answers = new SortedDictionary<int, JsonObject>();
        foreach (var declared in entry.Method.GetCustomAttributes<ProducesResponseTypeAttribute>())
        {
            answers[declared.StatusCode] = Declared(entry, declared, api, schemas);
        }

        if (!answers.Keys.Any(s => s < 400))
        {
            // Unless declared otherwise: a page answers HTML, and a page's form post redirects (post/redirect/get).
            var (status, answer) = (page, method) switch
            {
                (true, "POST") => (StatusCodes.Status303SeeOther, OpenApiConventions.SeeOther()),
                (true, _) => (StatusCodes.Status200OK, OpenApiConventions.Html("The page.")),
                _ => (StatusCodes.Status200OK, OpenApiConventions.JsonAnswer("OK.", new JsonObject())),
            };
            answers[status] = answer;
        }

        var problems = new List<int>();
        if (hasBody || (page && method == "POST"))
        {
            problems.Add(StatusCodes.Status400BadRequest);
        }

        if (!access.IsPublic)
        {
            problems.Add(StatusCodes.Status401Unauthorized);
            problems.Add(StatusCodes.Status403Forbidden);
        }

        if (PathParameter().IsMatch(RouteTemplates.Path(entry.Route!)))
        {
            problems.Add(StatusCodes.Status404NotFound);
        }

        if (method is "POST" or "PUT" or "PATCH")
        {
            problems.Add(StatusCodes.Status413PayloadTooLarge);
        }

        if (json)
        {
            problems.Add(StatusCodes.Status415UnsupportedMediaType);
        }

        if (entry.Method.GetCustomAttribute<ConditionalWriteAttribute>() is not null)
        {
            problems.Add(StatusCodes.Status409Conflict);
            problems.Add(StatusCodes.Status428PreconditionRequired);
        }

        foreach (var status in problems)
        {
            answers.TryAdd(status, OpenApiConventions.Refusal(status, page));
        }

        var etag = entry.Method.GetCustomAttribute<AnswersETagAttribute>() is not null;
        var responses = new JsonObject();
        foreach (var (status, answer) in answers)
        {
            if (etag && status is >= 200 and < 300)
            {
                answer["headers"] = OpenApiConventions.ETagHeader();
            }

            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = answer;
        }

        return responses;
    }

    private static JsonObject Declared(FunctionEntry entry, ProducesResponseTypeAttribute declared, bool api, OpenApiSchemas schemas)
    {
        var status = declared.StatusCode;
        var type = declared.Type == typeof(void) ? null : declared.Type;
        if (status >= 400 && type is null)
        {
            return OpenApiConventions.Refusal(status, !api);
        }

        if (status is >= 300 and < 400)
        {
            return OpenApiConventions.SeeOther();
        }

        var description = declared.Description ?? OpenApiConventions.Describe(status);
        if (type is null)
        {
            return OpenApiConventions.AnswerOf(entry.Name, schemas) is { } schema
                ? OpenApiConventions.JsonAnswer(description, schema)
                : new JsonObject { ["description"] = description };
        }

        var types = ContentTypes(declared);
        if (types.Count == 0 || types.Any(OpenApiConventions.IsJson))
        {
            return OpenApiConventions.JsonAnswer(description, schemas.Of(type, OptionsOf(entry)));
        }

        var content = new JsonObject();
        foreach (var contentType in types)
        {
            content[contentType] = new JsonObject { ["schema"] = OpenApiConventions.File() };
        }

        return new JsonObject { ["description"] = description, ["content"] = content };
    }

    private static System.Text.Json.JsonSerializerOptions? OptionsOf(FunctionEntry entry) =>
        entry.Method.DeclaringType?.GetCustomAttribute<JsonOptionsAttribute>()?.Options;

    private static JsonArray Parameters(FunctionEntry entry)
    {
        var route = entry.Route!;
        var parameters = new JsonArray();
        foreach (Match m in TemplateParameter().Matches(route == RouteTemplates.Root ? string.Empty : route))
        {
            var length = LengthConstraint().Match(m.Groups[2].Value);
            var schema = length.Success
                ? OpenApiConventions.Id(int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                : OpenApiConventions.Id(null);
            parameters.Add(new JsonObject
            {
                ["name"] = m.Groups[1].Value,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = schema,
            });
        }

        foreach (var query in entry.Method.GetCustomAttributes<QueryParameterAttribute>())
        {
            parameters.Add(OpenApiConventions.Query(query.Name, query.Description, query.IsInteger));
        }

        parameters.Add(OpenApiConventions.Lang(IsApi(route)));
        if (entry.Method.GetCustomAttribute<ConditionalWriteAttribute>() is { } conditional)
        {
            parameters.Add(OpenApiConventions.IfMatch(required: !conditional.MayCreate));
            if (conditional.MayCreate)
            {
                parameters.Add(OpenApiConventions.IfNoneMatch());
            }
        }

        return parameters;
    }

    private static List<string> ContentTypes(ProducesResponseTypeAttribute declared)
    {
        var types = new MediaTypeCollection();
        ((IApiResponseMetadataProvider)declared).SetContentTypes(types);
        return [.. types];
    }

    private static JsonObject Sorted(IEnumerable<KeyValuePair<string, JsonNode>> items)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in items.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            sorted[key] = value;
        }

        return sorted;
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)([^}]*)\}")]
    private static partial Regex TemplateParameter();

    [GeneratedRegex(@":length\((\d+)\)")]
    private static partial Regex LengthConstraint();
}
