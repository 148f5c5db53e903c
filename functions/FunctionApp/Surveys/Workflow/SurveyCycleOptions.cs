using Transformation.Platform.Scheduling;

namespace Transformation.Surveys.Workflow;

/// <summary>
/// Settings of the annual cycle (section "Surveys:Cycle", workflows/survey-cycle.json). Durations are
/// <see cref="Deadline"/> strings: "14 days", "10 business days" or a time span ("00:01:30") for tests.
/// </summary>
public sealed class SurveyCycleOptions
{
    public const string Section = "Surveys:Cycle";

    /// <summary>The month the cycle launches in (12 = December).</summary>
    public int LaunchMonth { get; set; } = 12;

    /// <summary>Which business day of that month (1 = the first): the daily launch timer launches only on that day.</summary>
    public int LaunchBusinessDay { get; set; } = 1;

    /// <summary>How long the survey stays open from the launch.</summary>
    public string AnswerPeriod { get; set; } = "14 days";

    /// <summary>The time of day, Japan time, at which a deadline counted in days falls due (on a business day).</summary>
    public string DeadlineTime { get; set; } = "18:00";

    public TimeOnly DueAt => TimeOfDay.Parse(DeadlineTime);

    /// <summary>Reminders to non-respondents, each this long before the deadline (e.g. "7 days", "2 days").</summary>
    public IList<string> ReminderOffsets { get; } = [];

    /// <summary>Days closed every year besides weekends and public holidays ("MM-dd"), for the launch day.</summary>
    public IList<string> ClosedDays { get; } = [];

    /// <summary>Staff per invitation, reminder or results-mail activity (at most 1,000: one SendGrid request).</summary>
    public int ChunkSize { get; set; } = 1000;
}
