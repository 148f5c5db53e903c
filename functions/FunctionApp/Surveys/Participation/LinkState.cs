namespace Transformation.Surveys.Participation;

/// <summary>Where a survey link stands.</summary>
public static class LinkState
{
    /// <summary>May be opened, saved and submitted.</summary>
    public const string Open = "open";

    /// <summary>Its answers were submitted; the draft is gone.</summary>
    public const string Submitted = "submitted";

    /// <summary>A newer link was sent to the same person (carrying the draft over); this one no longer works.</summary>
    public const string Superseded = "superseded";
}
