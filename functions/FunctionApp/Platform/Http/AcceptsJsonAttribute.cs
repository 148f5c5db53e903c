namespace Transformation.Platform.Http;

/// <summary>
/// A route whose body is JSON read as <see cref="BodyType"/> (with <see cref="JsonBody"/>): the OpenAPI document takes
/// the request schema from that type, so the two cannot differ.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AcceptsJsonAttribute(Type bodyType) : Attribute
{
    public Type BodyType { get; } = bodyType;

    /// <summary>The body may be left out (the route then uses its defaults).</summary>
    public bool Optional { get; set; }
}
