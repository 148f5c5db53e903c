using System.Text.RegularExpressions;

namespace Transformation.Platform.Http;

/// <summary>Function route templates as addresses: the documented path of a template, and the template of "/".</summary>
public static partial class RouteTemplates
{
    /// <summary>
    /// The template that matches "/" alone: the host has no empty route, so an optional value that must stay empty
    /// (Azure-Functions#2473).
    /// </summary>
    public const string Root = "{home:maxlength(0)?}";

    /// <summary>The path as documented (API overview, OpenAPI): "/" for <see cref="Root"/>, else {id} without its constraints.</summary>
    public static string Path(string route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route == Root ? "/" : "/" + Constraint().Replace(route, "{$1}");
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Constraint();
}
