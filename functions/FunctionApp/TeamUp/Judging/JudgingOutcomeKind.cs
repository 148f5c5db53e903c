namespace Transformation.TeamUp.Judging;

/// <summary>What a judging command came to; the API answers each with its status, the pages with their page.</summary>
public enum JudgingOutcomeKind
{
    Done,

    /// <summary>Something sent is wrong (400, with field errors). Nothing written.</summary>
    Invalid,

    /// <summary>The caller may not do this (403): not on the panel, or an entry of the judge's own bureau.</summary>
    Forbidden,

    /// <summary>No such season or entry (404).</summary>
    NotFound,

    /// <summary>Not now (409): judging closed, ranking done, already confirmed.</summary>
    Conflict,
}
