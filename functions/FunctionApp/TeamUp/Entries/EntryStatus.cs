namespace Transformation.TeamUp.Entries;

/// <summary>An entry is a draft until its head submits it; a submitted entry can still be edited until the deadline.</summary>
public static class EntryStatus
{
    public const string Draft = "draft";

    public const string Submitted = "submitted";
}
