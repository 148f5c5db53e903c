namespace Transformation.Platform.Scheduling;

/// <summary>The day a year's cycle launches: the n-th business day of a month (the first business day of December for the survey, of June for the
/// Team-Up Challenge).</summary>
public sealed record LaunchDayRule(int Month, int BusinessDay)
{
    public DateOnly LaunchDay(int year, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = new DateOnly(year, Month, 1).AddDays(-1);
        var found = calendar.AddBusinessDays(day, BusinessDay);
        if (found.Month != Month)
        {
            throw new InvalidOperationException($"{year}-{Month:00} has fewer than {BusinessDay} business days.");
        }

        return found;
    }

    public bool IsLaunchDay(DateOnly date, BusinessCalendar calendar) => date.Month == Month && LaunchDay(date.Year, calendar) == date;
}
