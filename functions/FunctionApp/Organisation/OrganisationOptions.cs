namespace Transformation.Organisation;

/// <summary>Settings of the roster (section "Organisation", in workflows/organisation.json).</summary>
public sealed class OrganisationOptions
{
    public const string Section = "Organisation";

    /// <summary>Grades that make a member the head of their division, in order of precedence (e.g. 課長, 室長, 参事官).</summary>
    public IList<string> HeadGrades { get; } = new List<string>();

    /// <summary>Largest CSV file accepted, in bytes.</summary>
    public long MaxImportBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most staff rows accepted in one file.</summary>
    public int MaxImportRows { get; set; } = 200_000;

    /// <summary>How many partitions one snapshot is spread over (a table partition takes about 2,000 writes a second).</summary>
    public int SnapshotPartitions { get; set; } = 16;

    /// <summary>How many batch transactions an import sends at once.</summary>
    public int WriteParallelism { get; set; } = 8;

    /// <summary>How many snapshots the look-ups keep in memory (the current one and those running workflows still use).</summary>
    public int CachedSnapshots { get; set; } = 4;

    /// <summary>Most errors listed in one answer; the total is always given.</summary>
    public int MaxReportedErrors { get; set; } = 1000;
}
