using Transformation.CareSheets.Reviews;
using Transformation.Platform.Scheduling;

namespace Transformation.CareSheets;

/// <summary>The "CareSheets" settings (workflows/care-sheets.json). Deadlines are <see cref="Deadline"/> strings.</summary>
public sealed class CareSheetOptions
{
    public const string Section = "CareSheets";

    /// <summary>After this (from submission) the approver is reminded, e.g. "3 business days".</summary>
    public string ReminderAfter { get; set; } = "3 business days";

    /// <summary>After this (from submission) the sheet is escalated to the approver's own supervisor, e.g. "5 business days".</summary>
    public string EscalateAfter { get; set; } = "5 business days";

    /// <summary>After escalation, the approvers are reminded again (with a fresh link) this often, e.g. "2 business days".</summary>
    public string RemindEscalatedEvery { get; set; } = "2 business days";

    /// <summary>
    /// How often a sheet waiting for a decision reads the stored sheet again, so a decision whose event was lost is acted on
    /// within this time (a time span, e.g. "04:00:00"; seconds in tests).
    /// </summary>
    public TimeSpan RecheckEvery { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How long an approval link works from when it is sent, e.g. "30 days".</summary>
    public string LinkValidFor { get; set; } = "30 days";

    /// <summary>How long before an approved sheet's period ends the employee is asked to review it, e.g. "30 days".</summary>
    public string ReviewBefore { get; set; } = "30 days";

    /// <summary>The time of day, Japan time, at which a reminder, escalation or link expiry counted in days falls due (on a business day).</summary>
    public string DeadlineTime { get; set; } = "18:00";

    public TimeOnly DueAt => TimeOfDay.Parse(DeadlineTime);

    /// <summary>Where HR is told of each outcome.</summary>
    public string? HrEmail { get; set; }

    public string HrName { get; set; } = "人事課";

    /// <summary>Days closed every year besides weekends and public holidays ("MM-dd").</summary>
    public IList<string> ClosedDays { get; } = [];

    /// <summary>
    /// The ages at which the owner of an approved childcare sheet is asked to review it. Empty (not set) means
    /// <see cref="DefaultMilestoneAges"/>: a bound list is appended to, so the default is not the list's initial value.
    /// </summary>
    public IList<int> MilestoneAges { get; } = [];

    /// <summary>When in the year a child reaches a milestone age the review is asked, Japan time: "MM-dd HH:mm" (or "MM-dd HH:mm:ss").</summary>
    public string MilestoneReviewAt { get; set; } = "01-10 09:00";


    public Deadline Reminder => Deadline.Parse(ReminderAfter);

    public Deadline Escalation => Deadline.Parse(EscalateAfter);

    public Deadline LinkValidity => Deadline.Parse(LinkValidFor);

    public Deadline EscalatedReminder => Deadline.Parse(RemindEscalatedEvery);

    public Deadline Review => Deadline.Parse(ReviewBefore);

    /// <summary>The end of the statutory short-hours entitlement (3), school entry (6), the end of elementary school (12).</summary>
    public static IReadOnlyList<int> DefaultMilestoneAges { get; } = [3, 6, 12];

    public IReadOnlyList<int> Milestones => MilestoneAges.Count == 0 ? DefaultMilestoneAges : [.. MilestoneAges];

    public MilestoneTime MilestoneReview => MilestoneTime.Parse(MilestoneReviewAt);
}
