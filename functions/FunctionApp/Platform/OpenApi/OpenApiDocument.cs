using Transformation.Platform.Http;
using System.Text.RegularExpressions;
using Transformation.Platform.Hosting;
using Transformation.Platform.Security;

namespace Transformation.Platform.OpenApi;

/// <summary>Builds the OpenAPI document from the function catalog: paths, methods, parameters, roles.</summary>
public static partial class OpenApiDocument
{
    public static Dictionary<string, object> Build(FunctionCatalog catalog, string server)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var paths = new SortedDictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        foreach (var entry in catalog.Http)
        {
            var path = RouteTemplates.Path(entry.Route!);
            if (!paths.TryGetValue(path, out var operations))
            {
                operations = [];
                paths[path] = operations;
            }

            var access = EndpointGuard.AccessOf(entry.Method);
            foreach (var method in entry.HttpMethods)
            {
                operations[method.ToLowerInvariant()] = Operation(entry, access, path, method);
            }
        }

        return new Dictionary<string, object>
        {
            ["openapi"] = "3.1.0",
            ["info"] = new { title = "Organisational transformation workflows", version = "1.0" },
            ["servers"] = new[] { new { url = server } },
            ["paths"] = paths,
            ["components"] = new
            {
                securitySchemes = new Dictionary<string, object>
                {
                    ["bearer"] = new { type = "http", scheme = "bearer", bearerFormat = "JWT", description = "Entra ID access token; app roles: " + string.Join(", ", Roles.All) },
                },
            },
        };
    }

    private static Dictionary<string, object> Operation(FunctionEntry entry, EndpointAccess access, string path, string method)
    {
        var parameters = PathParameter().Matches(path)
            .Select(m => new { name = m.Groups[1].Value, @in = "path", required = true, schema = new { type = "string" } })
            .ToList();
        var operation = new Dictionary<string, object>
        {
            ["operationId"] = entry.Name,
            ["summary"] = entry.Summary ?? entry.Name,
            ["parameters"] = parameters,
            ["responses"] = new Dictionary<string, object>
            {
                ["200"] = new { description = "OK" },
                ["400"] = new { description = "Bad input (application/problem+json)" },
            },
        };
        var responses = (Dictionary<string, object>)operation["responses"];
        if (parameters.Count > 0)
        {
            responses["404"] = new { description = "Not found, or an id outside 1-128 letters, digits, '-', '_', '.', '~' (problem+json)" };
        }

        if (method is "POST" or "PUT")
        {
            responses["413"] = new { description = "Body above the route's cap (application/problem+json)" };
        }

        if (!access.IsPublic)
        {
            operation["security"] = new[] { new Dictionary<string, string[]> { ["bearer"] = [.. access.Roles] } };
            operation["x-roles"] = access.Roles;
        }

        return operation;
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex PathParameter();
}
