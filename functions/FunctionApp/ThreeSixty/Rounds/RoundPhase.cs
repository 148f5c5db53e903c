namespace Transformation.ThreeSixty.Rounds;

/// <summary>Where a round stands. Every phase only moves forward.</summary>
public enum RoundPhase
{
    /// <summary>Subjects nominate their peers; HR may add or remove subjects and lock peer lists.</summary>
    Nominating,

    /// <summary>Raters are invited and rate until the deadline (HR may extend or close).</summary>
    Rating,

    /// <summary>Closed: waiting answers are released, then reports are built and mailed.</summary>
    Reporting,

    /// <summary>Every subject with a report has been mailed its link.</summary>
    Reported,
}
