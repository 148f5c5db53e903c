namespace Transformation.Platform.Scheduling;

public enum DeadlineUnit
{
    /// <summary>A plain duration (tests, or hours).</summary>
    Span,

    /// <summary>Days the ministry works: weekends, public holidays and closed days are skipped.</summary>
    BusinessDays,

    /// <summary>Calendar days.</summary>
    CalendarDays,
}
