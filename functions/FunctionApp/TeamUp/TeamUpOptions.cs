using Transformation.Platform.Scheduling;

namespace Transformation.TeamUp;

/// <summary>
/// Settings of the Team-Up Challenge (section "TeamUp", workflows/team-up.json). Durations are
/// <see cref="Deadline"/> strings: "20 business days", "7 days" or a time span ("00:00:20") for tests.
/// </summary>
public sealed class TeamUpOptions
{
    public const string Section = "TeamUp";

    /// <summary>The month a season opens in by schedule (6 = June).</summary>
    public int OpenMonth { get; set; } = 6;

    /// <summary>Which business day of that month: the daily timer opens the season only on that day.</summary>
    public int OpenBusinessDay { get; set; } = 1;

    /// <summary>How long division heads have for their entry, from the opening.</summary>
    public string EntryPeriod { get; set; } = "20 business days";

    /// <summary>Reminders to divisions without a submitted entry, each this long before the entry deadline.</summary>
    public IList<string> EntryRemindBefore { get; } = [];

    /// <summary>How long the panel has for judging, from the moment judging opens (publication, or the panel being named later).</summary>
    public string JudgingPeriod { get; set; } = "10 business days";

    /// <summary>Reminders to judges who have not scored every entry offered to them, each this long before the judging deadline.</summary>
    public IList<string> JudgingRemindBefore { get; } = [];

    /// <summary>The time of day, Japan time, at which a deadline counted in days falls due (on a business day).</summary>
    public string DeadlineTime { get; set; } = "18:00";

    public TimeOnly DueAt => TimeOfDay.Parse(DeadlineTime);

    /// <summary>Days closed every year besides weekends and public holidays ("MM-dd").</summary>
    public IList<string> ClosedDays { get; } = [];

    /// <summary>The judging criteria with their weights (the weights add up to 1).</summary>
    public IList<RubricCriterion> Rubric { get; } = [];

    /// <summary>The awards, best first, with how many entries receive each.</summary>
    public IList<AwardSetting> Awards { get; } = [];

    /// <summary>HR's shared mailbox (人事課), told when the ranking waits for confirmation.</summary>
    public string HrMailbox { get; set; } = "";

    /// <summary>
    /// How often the season, waiting for HR (the panel, the award decision), reads the stored season again in case HR's
    /// event was lost: a time span ("06:00:00"; seconds in tests).
    /// </summary>
    public TimeSpan RecheckEvery { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Staff per announcement activity (one SendGrid request per language).</summary>
    public int ChunkSize { get; set; } = 1000;
}
