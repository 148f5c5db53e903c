using Transformation.Platform.Scheduling;

namespace Transformation.Surveys.Plans;

/// <summary>Works out a follow-through's dates from the settings and the moment the sheets went out.</summary>
public static class FollowThroughClock
{
    /// <summary>
    /// Deadline after delivery (business days skip weekends and holidays), reminders before it (only those
    /// still after delivery, earliest first, no duplicates), mid-term after the deadline.
    /// </summary>
    public static FollowThroughSchedule Plan(string cycleId, string snapshotId, DateTimeOffset deliveredAt, SurveyPlanOptions options,
        BusinessCalendar calendar, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(options);
        var deadline = options.Deadline.After(deliveredAt, calendar, zone, options.DueAt);
        var reminders = options.Reminders
            .Select(r => r.Before(deadline, zone))
            .Where(at => at > deliveredAt && at < deadline)
            .Distinct()
            .Order()
            .ToList();
        var midTerm = options.MidTerm.After(deadline, calendar, zone, options.DueAt);
        return new FollowThroughSchedule(cycleId, snapshotId, deliveredAt, deadline, reminders, midTerm);
    }

    /// <summary>Where a division's plan stands at <paramref name="now"/>.</summary>
    public static PlanStanding Standing(ImprovementPlan? plan, FollowThroughSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (plan is { Submitted: true })
        {
            return PlanStanding.Submitted;
        }

        if (schedule.IsOverdue(now))
        {
            return PlanStanding.Overdue;
        }

        return plan is null ? PlanStanding.NotStarted : PlanStanding.Draft;
    }
}
