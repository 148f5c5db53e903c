using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;

namespace Transformation.Overtime.Requests;

/// <summary>The day's deadlines in Japan time: requests and decisions before the end of regular hours; the actual the next business day.</summary>
public sealed class OvertimeClock(IOptions<OvertimeOptions> options, JapanTime japan, BusinessCalendar calendar, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => japan.DateOf(Now);

    /// <summary>When a request made at <paramref name="submittedAt"/> must be decided (and, for today, be made by).</summary>
    public DateTimeOffset DecisionDue(DateOnly day, DateTimeOffset submittedAt) =>
        options.Value.DecisionWindow is { } window ? submittedAt + window : At(day, options.Value.RegularEnd);

    /// <summary>Whether a request for today may still be made now.</summary>
    public bool MayRequestNow() => options.Value.DecisionWindow is not null || Now < At(Today, options.Value.RegularEnd);

    /// <summary>When the employee is asked for the actual end time of an approved day.</summary>
    public DateTimeOffset ActualDue(DateOnly day, DateTimeOffset decidedAt) =>
        options.Value.ActualReminderAfter is { } after
            ? decidedAt + after
            : At(calendar.AddBusinessDays(day, 1), options.Value.ActualReminderAt);

    /// <summary>The overtime minutes of a day that ended at <paramref name="end"/>: from the end of regular hours, past midnight if earlier.</summary>
    public int MinutesUntil(TimeOnly end)
    {
        var start = options.Value.RegularEnd;
        var minutes = (int)Math.Round((end - start).TotalMinutes);
        return minutes;
    }

    private DateTimeOffset At(DateOnly day, TimeOnly at)
    {
        var local = day.ToDateTime(at);
        return new DateTimeOffset(local, japan.Zone.GetUtcOffset(local));
    }
}
