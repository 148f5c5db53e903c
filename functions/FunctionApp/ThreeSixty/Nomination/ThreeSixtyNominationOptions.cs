namespace Transformation.ThreeSixty.Nomination;

/// <summary>Settings of the 360 nomination (section "ThreeSixty:Nomination", in workflows/three-sixty-nomination.json).</summary>
public sealed class ThreeSixtyNominationOptions
{
    public const string Section = "ThreeSixty:Nomination";

    private static readonly string[] DefaultGrades = ["課長", "室長", "企画官", "参事官", "課長補佐"];

    /// <summary>Roster grades whose holders are subjects; empty means the default list.</summary>
    public IList<string> SubjectGrades { get; } = new List<string>();

    /// <summary>Fewest peers a subject may nominate.</summary>
    public int MinPeers { get; set; } = 3;

    /// <summary>Most peers a subject may nominate, and most the system proposes.</summary>
    public int MaxPeers { get; set; } = 8;

    public IReadOnlyList<string> Grades => SubjectGrades.Count > 0 ? [.. SubjectGrades] : DefaultGrades;
}
