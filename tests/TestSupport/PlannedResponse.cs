namespace Transformation.Tests.Support;

/// <summary>What the <see cref="RecordingHttpServer"/> answers one request with.</summary>
public sealed record PlannedResponse(int Status, IReadOnlyDictionary<string, string>? Headers = null, string Body = "")
{
    public static PlannedResponse Accepted { get; } = new(202);
}
