namespace Transformation.Tests.Support;

/// <summary>A request the <see cref="RecordingHttpServer"/> received, and when.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt);
