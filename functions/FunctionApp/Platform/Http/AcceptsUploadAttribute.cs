namespace Transformation.Platform.Http;

/// <summary>A route that takes a file (the roster import): its body may reach <see cref="HttpLimitOptions.MaxUploadBytes"/>.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AcceptsUploadAttribute : Attribute;
