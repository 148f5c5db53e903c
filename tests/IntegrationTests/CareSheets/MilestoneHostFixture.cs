using System.Globalization;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// The milestone review set to a Japan-time date and time shortly after the host starts (seconds included), so
/// a sheet approved at once reaches it during the test; approval deadlines are short time spans that a prompt
/// decision beats.
/// </summary>
public sealed class MilestoneHostFixture : CareSheetHostFixture
{
    /// <summary>
    /// Enough for the host to start and a few sheets to be submitted and approved before the milestone, also while the
    /// whole suite starts a dozen other hosts at the same time (30 s was too short then).
    /// </summary>
    public static readonly TimeSpan Lead = TimeSpan.FromSeconds(90);

    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public MilestoneHostFixture()
    {
        var at = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.Add(Lead), Tokyo);
        MilestoneAt = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, at.Offset);
        Settings = new Dictionary<string, string>
        {
            ["CareSheets__ReminderAfter"] = "00:01:00",
            ["CareSheets__EscalateAfter"] = "00:02:00",
            ["CareSheets__ReviewBefore"] = "30 days",
            ["CareSheets__MilestoneReviewAt"] = MilestoneAt.ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The milestone instant this year, in Japan time (whole seconds).</summary>
    public DateTimeOffset MilestoneAt { get; }

    /// <summary>The Japan year of the milestone: a child born six years before it turns six then.</summary>
    public int MilestoneYear => MilestoneAt.Year;

    protected override IReadOnlyDictionary<string, string> Settings { get; }
}
