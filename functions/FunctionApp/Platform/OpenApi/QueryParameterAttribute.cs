namespace Transformation.Platform.OpenApi;

/// <summary>
/// A value the function reads from the query string (<c>?state=</c>), for the OpenAPI document. Every function that reads
/// one declares it (a unit test reads the sources to check); <c>?lang=</c> is declared on every route by convention.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class QueryParameterAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>A whole number (a version, a year); otherwise a string.</summary>
    public bool IsInteger { get; set; }
}
