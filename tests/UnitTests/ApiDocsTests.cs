using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
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
            .SelectMany(e => e.HttpMethods.Select(m => (Method: m, Route: RouteTemplates.Path(e.Route!))))
            .Where(r => !docs.Split('\n').Any(line => line.Contains($"`{r.Route}`", StringComparison.Ordinal) && line.Contains(r.Method, StringComparison.Ordinal)))
            .Select(r => $"{r.Method} {r.Route}")
            .ToList();

        Assert.Empty(missing);
    }
}
