namespace Transformation.Platform.Scheduling;

/// <summary>
/// When reminders go out: each offset before the current deadline. The orchestration asks again after every
/// reminder and every extension, so an extended deadline moves the reminders still ahead with it. An instant
/// already past when asked is skipped (a reminder right after the invitation, or one HR's extension left behind).
/// </summary>
public static class ReminderSchedule
{
    /// <summary>Every reminder instant for this deadline, earliest first, without repeats.</summary>
    public static IReadOnlyList<DateTimeOffset> All(DateTimeOffset closesAt, IEnumerable<Deadline> offsets, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        return offsets.Select(o => o.Before(closesAt, zone)).Where(at => at < closesAt).Distinct().Order().ToList();
    }

    /// <summary>The next reminder strictly after <paramref name="now"/> and before the deadline, or null.</summary>
    public static DateTimeOffset? Next(DateTimeOffset closesAt, IEnumerable<Deadline> offsets, DateTimeOffset now, TimeZoneInfo zone) =>
        All(closesAt, offsets, zone).Where(at => at > now).Select(at => (DateTimeOffset?)at).FirstOrDefault();
}
