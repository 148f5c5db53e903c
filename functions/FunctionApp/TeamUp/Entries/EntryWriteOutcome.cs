namespace Transformation.TeamUp.Entries;

/// <summary>What a write to an entry came to.</summary>
public enum EntryWriteOutcome
{
    Saved,

    /// <summary>If-Match did not match: someone changed the entry since it was read.</summary>
    Changed,

    /// <summary>Submit of an entry that was never saved.</summary>
    NotFound,
}
