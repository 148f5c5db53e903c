namespace Transformation.Overtime.Summaries;

/// <summary>
/// One row of table OvertimeMonthTotals: a person's standing in a month, copied from their year totals after a change, with
/// where the roster placed them when it was copied. <see cref="SourceStamp"/> is the year row's last-modified time that the
/// copy was taken from, so an older copy never replaces a newer one.
/// </summary>
/// <param name="Month">The month's first day.</param>
public sealed record MonthTotal(
    string StaffId,
    DateOnly Month,
    string DivisionCode,
    string DivisionName,
    string BureauCode,
    string BureauName,
    MonthStanding Standing,
    DateTimeOffset SourceStamp);
