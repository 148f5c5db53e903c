using Transformation.Platform.Hosting;
using Transformation.Tests.Support;

namespace Transformation.Tests;

/// <summary>docs/api.md stays true: every HTTP route of the app is listed there with its method.</summary>
public sealed partial class ApiDocsTests
{
    [Fact]
    public void Every_http_route_is_in_the_api_overview()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "api.md"));
        var missing = FunctionCatalog.App.Http
            .SelectMany(e => e.HttpMethods.Select(m => (Method: m, Route: Documented(e.Route!))))
            .Where(r => !docs.Split('\n').Any(line => line.Contains($"`{r.Route}`", StringComparison.Ordinal) && line.Contains(r.Method, StringComparison.Ordinal)))
            .Select(r => $"{r.Method} {r.Route}")
            .ToList();

        Assert.Empty(missing);
    }

    // The home page's route matches the empty path alone (the host has no empty route), so the overview calls it "/".
    private static string Documented(string route) =>
        route.EndsWith(":maxlength(0)?}", StringComparison.Ordinal) && !route.Contains('/', StringComparison.Ordinal)
            ? "/"
            : "/" + Constraint().Replace(route, "{$1}");

    // The overview names parameters without their route constraints ({id}, not {id:length(32)}).
    [System.Text.RegularExpressions.GeneratedRegex(@"\{([A-Za-z]+):[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex Constraint();
}
