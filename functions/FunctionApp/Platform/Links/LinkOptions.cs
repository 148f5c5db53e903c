namespace Transformation.Platform.Links;

/// <summary>Settings of action links (workflows/links.json).</summary>
public sealed class LinkOptions
{
    public const string Section = "Links";

    /// <summary>How long an expired link is kept (to show "this link has expired" rather than "unknown") before it is purged.</summary>
    public int KeepExpiredDays { get; set; } = 30;
}
