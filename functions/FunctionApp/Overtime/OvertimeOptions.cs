using Transformation.Platform.Scheduling;

namespace Transformation.Overtime;

/// <summary>The "Overtime" settings (workflows/overtime.json).</summary>
public sealed class OvertimeOptions
{
    public const string Section = "Overtime";

    /// <summary>The end of regular hours, Japan time ("HH:mm"): requests and decisions must come before it.</summary>
    public string RegularHoursEnd { get; set; } = "17:15";

    /// <summary>
    /// For tests and drills only: when set, a request may be made at any time and its decision is due this long after it
    /// was made, instead of at the end of regular hours. Unset in production.
    /// </summary>
    public TimeSpan? DecisionWindow { get; set; }

    /// <summary>How often a request waiting for its decision reads the stored day again (a decision whose event was lost).</summary>
    public TimeSpan RecheckEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>When, Japan time, on the next business day the employee is asked to record the actual end time.</summary>
    public string ActualReminderTime { get; set; } = "09:30";

    /// <summary>For tests and drills only: ask for the actual this long after the decision instead. Unset in production.</summary>
    public TimeSpan? ActualReminderAfter { get; set; }

    /// <summary>The share of a cap at which a warning is shown (0.8: at 80% of any cap).</summary>
    public decimal WarningShare { get; set; } = 0.8m;

    /// <summary>Where HR is told of 特例業務 (a request approved beyond a cap) and of the ministry's monthly summary.</summary>
    public string HrEmail { get; set; } = "";

    public string HrName { get; set; } = "人事課";

    /// <summary>人事院規則10-4: a month's counted overtime at or above this many hours calls for a doctor's interview.</summary>
    public decimal InterviewMonthHours { get; set; } = 100m;

    /// <summary>人事院規則10-4: an average over any window of 2 to 6 months above this many hours calls for one too.</summary>
    public decimal InterviewAverageHours { get; set; } = 80m;

    /// <summary>The health office's mailbox, told of every interview flag and reminded until the interview is recorded.</summary>
    public string HealthOfficeEmail { get; set; } = "";

    public string HealthOfficeName { get; set; } = "健康管理室";

    /// <summary>
    /// How often the person and the health office are reminded while a flag's interview is not recorded: a deadline ("5 business
    /// days", due at <see cref="ActualReminderTime"/> Japan time), or a time span for tests.
    /// </summary>
    public string InterviewReminderEvery { get; set; } = "5 business days";

    public Deadline InterviewReminder => Deadline.Parse(InterviewReminderEvery);

    public const int MaxTasksLength = 2000;

    public const int MaxCommentLength = 1000;

    public TimeOnly RegularEnd => TimeOfDay.Parse(RegularHoursEnd);

    public TimeOnly ActualReminderAt => TimeOfDay.Parse(ActualReminderTime);
}
