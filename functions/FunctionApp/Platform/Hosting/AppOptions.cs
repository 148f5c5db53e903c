namespace Transformation.Platform.Hosting;

/// <summary>Settings of the app as a whole.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The address people reach the app at; links in emails start with it.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The time zone the programme runs in: dates shown to people, deadlines, business days, "today".
    /// Not timer schedules: those are UTC (see <see cref="Scheduling.Schedule"/>).
    /// </summary>
    public string TimeZone { get; set; } = "Asia/Tokyo";
}
