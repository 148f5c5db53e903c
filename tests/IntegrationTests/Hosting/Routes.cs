using System.Text.RegularExpressions;
using Transformation.Platform.Http;

namespace Transformation.Tests.Hosting;

/// <summary>Turns a function route template into a request path or an OpenAPI path.</summary>
public static partial class Routes
{
    /// <summary>A path the route matches: "sample-1" for each parameter, or a value of the length its constraint asks.</summary>
    public static string Sample(string route) => route == RouteTemplates.Root ? "/" : "/" + Parameter().Replace(route, m => Length().Match(m.Value) is { Success: true } length
        ? new string('0', int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
        : "sample-1");

    public static string OpenApiPath(string route) => RouteTemplates.Path(route);

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@":length\((\d+)\)")]
    private static partial Regex Length();
}
