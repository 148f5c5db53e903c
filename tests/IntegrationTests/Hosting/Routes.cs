using System.Text.RegularExpressions;

namespace Transformation.Tests.Hosting;

/// <summary>Turns a function route template into a request path or an OpenAPI path.</summary>
public static partial class Routes
{
    public static string Sample(string route) => "/" + Parameter().Replace(route, "sample-1");

    public static string OpenApiPath(string route) => Parameter().Replace(route, m => "{" + m.Groups[1].Value + "}");

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
