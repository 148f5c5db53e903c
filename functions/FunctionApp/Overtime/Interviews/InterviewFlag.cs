namespace Transformation.Overtime.Interviews;

/// <summary>
/// A month in which a person's overtime calls for a doctor's interview, and whether the health office has recorded it held.
/// The name and division are the roster's when the flag was raised, so the list still reads after a move or a departure.
/// </summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Hours">The month's hours, or the highest window's average (for HR's records; the pages do not show it).</param>
public sealed record InterviewFlag(
    DateOnly Month,
    string StaffId,
    string Name,
    string DivisionName,
    InterviewReason Reason,
    decimal Hours,
    int Months,
    DateTimeOffset FlaggedAt)
{
    public DateOnly? HeldOn { get; init; }

    public string? RecordedBy { get; init; }

    public DateTimeOffset? RecordedAt { get; init; }

    public bool Held => HeldOn is not null;

    public string MonthKey => InterviewMonths.Key(Month);
}
