namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// The two kinds of row in table <see cref="Table"/>, partition "{round}|{pp}": a rater's participation row
/// ("p:" + staff id) and their links ("l:" + the token's hash). The participation row says which subjects they
/// rate and how far each is; the current link row carries a copy of that list and the sealed drafts, so a page
/// opens with one read of it (and one of the round).
/// </summary>
public static class RaterRows
{
    public const string Table = "ThreeSixtyRaters";

    public const string ParticipationPrefix = "p:";
    public const string ParticipationEnd = "p;";
    public const string LinkPrefix = "l:";

    /// <summary>Draft properties of a link row: "D" + the subject's place in the rater's list.</summary>
    public const string DraftPrefix = "D";

    public static string Participation(string raterId) => ParticipationPrefix + raterId;

    public static string Link(string tokenHash) => LinkPrefix + tokenHash;

    public static string Draft(int index) => DraftPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsDraft(string property) =>
        property.Length > 1 && property.StartsWith(DraftPrefix, StringComparison.Ordinal) && property[1..].All(char.IsAsciiDigit);
}

/// <summary>Where a rater link stands.</summary>
public static class RaterLinkState
{
    /// <summary>May be opened, saved and submitted.</summary>
    public const string Open = "open";

    /// <summary>Every subject of the list has been submitted: nothing left to do with it.</summary>
    public const string Done = "done";

    /// <summary>A newer link was sent to the same rater (carrying the drafts over); this one no longer works.</summary>
    public const string Superseded = "superseded";
}
