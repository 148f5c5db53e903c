using Transformation.Platform.Localization;

namespace Transformation.Platform.Links;

/// <summary>
/// A usable link being shown or submitted, as handed to the handler of its purpose.
/// A class, not a record: a record's generated ToString would print the token into any log it reached.
/// </summary>
public sealed class LinkContext(string token, ActionLink link, int currentVersion, Language language)
{
    /// <summary>The credential (from the link cookie); pass it to <see cref="ActionLinks.RedeemAsync"/>, never log or store it.</summary>
    public string Token { get; } = token;

    public ActionLink Link { get; } = link;

    /// <summary>The resource's version as its handler reported it when the request began.</summary>
    public int CurrentVersion { get; } = currentVersion;

    /// <summary>The language to answer in: ?lang= if given, else the recipient's language stored with the link.</summary>
    public Language Language { get; } = language;
}
