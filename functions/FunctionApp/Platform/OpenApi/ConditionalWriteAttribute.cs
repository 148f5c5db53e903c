namespace Transformation.Platform.OpenApi;

/// <summary>
/// A write that takes <c>If-Match</c> with the ETag read (<see cref="Http.WritePreconditions"/>): 428 without it, 409 when
/// the thing changed since. With <see cref="MayCreate"/>, <c>If-None-Match: *</c> creates instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ConditionalWriteAttribute : Attribute
{
    /// <summary>Whether the first write may be made with <c>If-None-Match: *</c> (the function passes <c>mayCreate: true</c>).</summary>
    public bool MayCreate { get; set; }
}
