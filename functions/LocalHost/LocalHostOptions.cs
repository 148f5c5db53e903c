namespace Transformation.LocalHost;

/// <summary>Where the local host listens. Defaults match the Functions host (7071).</summary>
public sealed class LocalHostOptions
{
    public const string Section = "LocalHost";

    public int Port { get; set; } = 7071;

    /// <summary>Loopback HTTP/2 port of the durable engine's gRPC sidecar.</summary>
    public int SidecarPort { get; set; } = 7072;

    /// <summary>Address used in links and as the development issuer; defaults to http://127.0.0.1:{Port}.</summary>
    public string? PublicBaseUrl { get; set; }

    public Uri BaseUrl => new(PublicBaseUrl ?? $"http://127.0.0.1:{Port}");
}
