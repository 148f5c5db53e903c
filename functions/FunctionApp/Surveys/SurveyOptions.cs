namespace Transformation.Surveys;

/// <summary>Settings of the survey (section "Surveys", in workflows/survey.json).</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>Longest comment accepted per category, in characters.</summary>
    public int MaxCommentLength { get; set; } = 2000;

    /// <summary>
    /// How long an instance trusts its copy of a cycle's deadline and closed mark. A submission then needs no
    /// read of the cycle; an early close by HR reaches other instances within this time.
    /// </summary>
    public int CycleCacheSeconds { get; set; } = 30;

    /// <summary>
    /// Sealed answers of a division are released into the answers table only when at least this many wait
    /// (or the cycle has closed), so every release mixes several people (see <see cref="Sealing.SurveySealer"/>).
    /// </summary>
    public int MinimumRelease { get; set; } = 5;

    /// <summary>Sealed answers younger than this are left for the next run, so a submission in flight is complete first.</summary>
    public int ReleaseGraceSeconds { get; set; } = 60;

    /// <summary>How many batch transactions invitations and releases send at once.</summary>
    public int WriteParallelism { get; set; } = 8;
}
