using Transformation.Platform.Scheduling;

namespace Transformation.Surveys.Plans;

/// <summary>
/// Settings of the improvement plans (section "SurveyPlans", in workflows/survey-plans.json). Deadlines are
/// <see cref="Deadline"/> strings: "20 business days", "180 days", or a time span "00:00:12" (tests).
/// </summary>
public sealed class SurveyPlanOptions
{
    public const string Section = "SurveyPlans";

    /// <summary>How long after the sheets are delivered the plans are due, e.g. "20 business days".</summary>
    public string PlanDeadline { get; set; } = "20 business days";

    /// <summary>Comma-separated offsets before the deadline at which heads without a submitted plan are reminded, e.g. "7 days, 2 days".</summary>
    public string RemindBefore { get; set; } = "7 days, 2 days";

    /// <summary>How long after the plan deadline heads are asked to report progress on each action, e.g. "180 days".</summary>
    public string MidTermAfter { get; set; } = "180 days";

    /// <summary>The time of day, Japan time, at which a deadline counted in days falls due (on a business day).</summary>
    public string DeadlineTime { get; set; } = "18:00";

    public TimeOnly DueAt => TimeOfDay.Parse(DeadlineTime);

    /// <summary>
    /// Bureau coordinators (各局総務課) per bureau code: staff ids that receive escalations and may follow their
    /// bureau's plans. The roster has no such role; a bureau not listed falls back to its top person.
    /// </summary>
    public IDictionary<string, List<string>> Coordinators { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    public Deadline Deadline => Deadline.Parse(PlanDeadline);

    public Deadline MidTerm => Deadline.Parse(MidTermAfter);

    public IReadOnlyList<Deadline> Reminders => ParseList(RemindBefore) ?? throw new FormatException($"'{RemindBefore}' is not a list of deadlines.");

    /// <summary>Null when an entry is not a deadline; an empty setting means no reminders.</summary>
    public static IReadOnlyList<Deadline>? ParseList(string? text)
    {
        var list = new List<Deadline>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Deadline.TryParse(part, out var deadline))
            {
                return null;
            }

            list.Add(deadline);
        }

        return list;
    }
}
