using System.Globalization;

namespace Transformation.Platform.Scheduling;

/// <summary>A time of day as the DeadlineTime settings write it: "HH:mm" or "HH:mm:ss", in Japan time.</summary>
public static class TimeOfDay
{
    private static readonly string[] Formats = ["HH:mm", "HH:mm:ss"];

    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The start-up message for a setting that is not a time of day.</summary>
    public static string SettingMessage(string key) =>
        $"Setting {key} must be a time of day, Japan time, written HH:mm (e.g. \"18:00\"): the hour a deadline in days falls due.";

    public static TimeOnly Parse(string? text) =>
        TryParse(text, out var time) ? time : throw new FormatException($"'{text}' is not a time of day: write it as HH:mm, e.g. \"18:00\".");
}
