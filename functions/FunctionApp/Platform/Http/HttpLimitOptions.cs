namespace Transformation.Platform.Http;

/// <summary>
/// Request body caps (section "Http"). Both hosts' Kestrel refuse anything above <see cref="MaxUploadBytes"/>;
/// the request gate holds every other route to <see cref="MaxBodyBytes"/>, before any of it is read.
/// </summary>
public sealed class HttpLimitOptions
{
    public const string Section = "Http";

    /// <summary>JSON bodies and page forms. 2 MiB holds the largest form (a Team-Up entry, URL-encoded) with room to spare.</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Routes marked <see cref="AcceptsUploadAttribute"/> (the roster import): its file limit plus the form around it.</summary>
    public long MaxUploadBytes { get; set; } = 24 * 1024 * 1024;
}
