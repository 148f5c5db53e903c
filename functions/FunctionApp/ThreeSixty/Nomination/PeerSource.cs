namespace Transformation.ThreeSixty.Nomination;

/// <summary>How a subject's peer list came about.</summary>
public enum PeerSource
{
    /// <summary>Nobody has set it yet: the subject has not nominated and nothing was proposed.</summary>
    None,

    /// <summary>The subject chose the peers on their nomination page.</summary>
    Nominated,

    /// <summary>The system proposed the others who report to the same supervisor (the subject did not nominate).</summary>
    Proposed,
}
