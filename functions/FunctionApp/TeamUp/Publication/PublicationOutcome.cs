namespace Transformation.TeamUp.Publication;

/// <summary>Whether the published list can be shown.</summary>
public enum PublicationOutcome
{
    Published,

    /// <summary>There is no such season.</summary>
    NoSeason,

    /// <summary>The entry deadline has not passed: nothing is public yet.</summary>
    NotYet,
}
