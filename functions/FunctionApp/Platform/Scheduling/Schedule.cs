using System.Text.RegularExpressions;
using Cronos;
using Microsoft.Extensions.Configuration;

namespace Transformation.Platform.Scheduling;

/// <summary>
/// A timer trigger's NCRONTAB schedule (six fields, seconds first, as Azure Functions reads it),
/// taken from settings when written as %SettingName%, and evaluated in UTC: the Functions host on Linux
/// (Consumption, Flex Consumption) honours neither WEBSITE_TIME_ZONE nor TZ, so UTC is what runs in Azure.
/// Japan keeps no daylight saving time, so a UTC schedule is a fixed Japan time (09:00 JST = 00:00 UTC).
/// </summary>
public sealed partial record Schedule(string Expression, CronExpression Cron)
{
    public static Schedule Resolve(string attributeValue, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(attributeValue);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = SettingReference().Replace(attributeValue, m =>
            configuration[m.Groups[1].Value]
            ?? throw new InvalidOperationException($"Missing setting: {m.Groups[1].Value} (the schedule of a timer, see workflows/schedules.json)."));
        try
        {
            return new Schedule(expression, CronExpression.Parse(expression, CronFormat.IncludeSeconds));
        }
        catch (CronFormatException e)
        {
            throw new InvalidOperationException($"Schedule '{expression}' is not a six-field NCRONTAB expression: {e.Message}", e);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, reading the fields as UTC.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => Cron.GetNextOccurrence(after, TimeZoneInfo.Utc);

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
