namespace Transformation.TeamUp.Entries;

/// <summary>What a save or a submission through the service came to.</summary>
public enum EntrySaveOutcome
{
    Saved,

    /// <summary>Field errors: nothing was written.</summary>
    Invalid,

    /// <summary>The entry deadline has passed (or the season moved on): nothing was written.</summary>
    Closed,

    /// <summary>Someone changed the entry since it was read (If-Match did not match): nothing was written.</summary>
    Changed,
}
