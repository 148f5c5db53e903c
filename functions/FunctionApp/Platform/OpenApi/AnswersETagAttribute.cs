namespace Transformation.Platform.OpenApi;

/// <summary>The success answer carries the <c>ETag</c> of what it shows, to send back in <c>If-Match</c> when writing it.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AnswersETagAttribute : Attribute;
