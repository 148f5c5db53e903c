using Transformation.CareSheets.Sheets;

namespace Transformation.Overtime.Caps;

/// <summary>
/// A childcare or caregiving sheet's overtime limit, held as a personal cap while the sheet runs. The sheet offers one
/// kind of limit: hours a month (0 to 45), or none. It caps the month's total, whichever division the person is in.
/// </summary>
public sealed record PersonalCap
{
    public PersonalCap(decimal monthlyHours, DateOnly from, DateOnly to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyHours);
        if (to < from)
        {
            throw new ArgumentException("A personal cap ends on or after its start.", nameof(to));
        }

        MonthlyHours = monthlyHours;
        From = from;
        To = to;
    }

    public decimal MonthlyHours { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>The cap a sheet sets, or null when it sets no overtime limit. Whether the sheet is in force (approved,
    /// not withdrawn) is the caller's to know.</summary>
    public static PersonalCap? FromSheet(CareSheetContent sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.OvertimeLimitHours is { } hours ? new PersonalCap(hours, sheet.PeriodFrom, sheet.PeriodTo) : null;
    }

    public bool AppliesOn(DateOnly day) => day >= From && day <= To;

    /// <summary>The lowest of the caps that apply on <paramref name="day"/> (a person may have both kinds of sheet).</summary>
    public static PersonalCap? LowestOn(IEnumerable<PersonalCap> caps, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(caps);
        return caps.Where(c => c.AppliesOn(day)).MinBy(c => c.MonthlyHours);
    }
}
