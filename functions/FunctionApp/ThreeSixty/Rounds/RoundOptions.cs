using Transformation.Platform.Scheduling;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>
/// Settings of the yearly 360 round (section "ThreeSixty:Round", workflows/three-sixty-round.json). Durations are
/// <see cref="Deadline"/> strings: "5 business days", "14 days" or a time span ("00:01:30") for tests.
/// </summary>
public sealed class RoundOptions
{
    public const string Section = "ThreeSixty:Round";

    /// <summary>The month the round opens in (10 = October).</summary>
    public int LaunchMonth { get; set; } = 10;

    /// <summary>Which business day of that month (1 = the first): the daily timer opens the round only on that day.</summary>
    public int LaunchBusinessDay { get; set; } = 1;

    /// <summary>How long subjects have to nominate their peers, from the opening.</summary>
    public string NominationPeriod { get; set; } = "5 business days";

    /// <summary>How long raters have, from the end of nomination.</summary>
    public string RatingPeriod { get; set; } = "14 days";

    /// <summary>The Japan time at which a deadline counted in days falls due (on a business day).</summary>
    public string DeadlineTime { get; set; } = "18:00";

    public TimeOnly DueAt => TimeOfDay.Parse(DeadlineTime);

    /// <summary>Reminders to raters with an unfinished subject, each this long before the rating deadline.</summary>
    public IList<string> ReminderOffsets { get; } = [];

    /// <summary>Days closed every year besides weekends and public holidays ("MM-dd").</summary>
    public IList<string> ClosedDays { get; } = [];

    /// <summary>After the close, how long submissions accepted just before it have to finish writing before anything is released.</summary>
    public string ReleaseGrace { get; set; } = "00:01:00";

    /// <summary>Subjects per report-building or report-mail activity.</summary>
    public int ChunkSize { get; set; } = 500;
}
