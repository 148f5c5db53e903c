using Transformation.Overtime.Caps;

namespace Transformation.Overtime.Requests;

/// <summary>
/// One person's overtime on one day: the request (tasks, target end, estimate), its decision and the actual. One record a
/// person and day, so the attendance import and a repeat of any step land on the same row. <see cref="CountedMinutes"/>
/// is what this day adds to the person's running totals now; a change moves the totals by the difference.
/// </summary>
/// <param name="Designation">The person's designation on the day (their division's, read at submission).</param>
/// <param name="PersonalCaps">The overtime limits of the person's approved care sheets, read at submission.</param>
public sealed record OvertimeDay(
    string StaffId,
    DateOnly Day,
    int Version,
    OvertimeState State,
    string Tasks,
    TimeOnly? TargetEnd,
    int EstimatedMinutes,
    string ApproverId,
    Designation Designation,
    IReadOnlyList<PersonalCap> PersonalCaps,
    DateTimeOffset SubmittedAt,
    int CountedMinutes)
{
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Comment { get; init; }

    /// <summary>The reason given when approved as 特例業務 (beyond a cap of the rule); null otherwise.</summary>
    public string? SpecialDutyReason { get; init; }

    public TimeOnly? ActualEnd { get; init; }

    public int? ActualMinutes { get; init; }

    /// <summary>"employee" (recorded on the page or API) or "import" (the attendance system's file).</summary>
    public string? ActualSource { get; init; }

    public decimal EstimatedHours => EstimatedMinutes / 60m;

    public decimal? ActualHours => ActualMinutes / 60m;

    /// <summary>What the day should count: the actual where known, the approved estimate otherwise, else nothing.</summary>
    public int Counts() => ActualMinutes ?? (State == OvertimeState.Approved ? EstimatedMinutes : 0);

    /// <summary>The same day with its count brought up to date.</summary>
    public OvertimeDay Recounted() => this with { CountedMinutes = Counts() };

    public string LinkResource => LinkResourcePrefix + StaffId + ":" + Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public const string LinkResourcePrefix = "overtime:";
}
