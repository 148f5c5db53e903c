namespace Transformation.ThreeSixty.Reports;

/// <summary>The reports' settings, from workflows/three-sixty-reports.json (section "ThreeSixty:Reports").</summary>
public sealed class ThreeSixtyReportOptions
{
    public const string Section = "ThreeSixty:Reports";

    /// <summary>Below this no setting may go: a group of two could be told apart by either of its members.</summary>
    public const int AbsoluteMinimum = 3;

    /// <summary>Fewest respondents (per group), scores (per item) or respondents (per category) a report shows.</summary>
    public int MinGroupSize { get; set; } = AbsoluteMinimum;

    /// <summary>Whether the supervisor's rating is shown as theirs (they are told so when they rate); off by default.</summary>
    public bool SupervisorShown { get; set; }

    /// <summary>How far self and all others must differ for an item to be a blind spot or a hidden strength.</summary>
    public double GapThreshold { get; set; } = 0.5;

    /// <summary>Fewest subjects whose figures make a grade band's norm.</summary>
    public int MinNormSubjects { get; set; } = 5;

    /// <summary>The coaching sign-up page linked from every report; none when unset.</summary>
    public Uri? CoachingUrl { get; set; }

    /// <summary>The grade bands of the norms; the defaults when the file names none.</summary>
    public IList<GradeBandOptions> Bands { get; } = new List<GradeBandOptions>();

    public static IReadOnlyList<GradeBand> DefaultBands { get; } =
    [
        new("section-chief", new("課長級", "Division heads and equivalent"), ["課長", "室長", "企画官", "参事官"]),
        new("deputy", new("課長補佐級", "Deputy division heads"), ["課長補佐"]),
    ];

    /// <summary>The bands in force: the file's, or the defaults.</summary>
    public IReadOnlyList<GradeBand> EffectiveBands() => Bands.Count == 0
        ? DefaultBands
        : Bands.Select(b => new GradeBand(b.Id ?? "", new(b.Ja ?? "", b.En ?? ""), [.. b.Grades])).ToList();
}

/// <summary>A grade band of the file: its id (in keys and links), its names and its grades as the roster writes them.</summary>
public sealed class GradeBandOptions
{
    public string? Id { get; set; }

    public string? Ja { get; set; }

    public string? En { get; set; }

    public IList<string> Grades { get; } = new List<string>();
}

/// <summary>A grade band: subjects whose roster grade is one of <paramref name="Grades"/> share a norm.</summary>
public sealed record GradeBand(string Id, Platform.Localization.Text Name, IReadOnlyList<string> Grades)
{
    public static GradeBand? Of(IReadOnlyList<GradeBand> bands, string? grade) =>
        grade is null ? null : bands.FirstOrDefault(b => b.Grades.Contains(grade, StringComparer.Ordinal));
}
