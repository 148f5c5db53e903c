using System.Text.RegularExpressions;
using Cronos;
using Microsoft.Extensions.Configuration;

namespace Transformation.Platform.Scheduling;

/// <summary>
/// A timer trigger's NCRONTAB schedule (six fields, seconds first, as Azure Functions reads it),
/// taken from settings when written as %SettingName%, and evaluated in the programme's time zone.
/// </summary>
public sealed partial record Schedule(string Expression, CronExpression Cron, TimeZoneInfo Zone)
{
    public static Schedule Resolve(string attributeValue, IConfiguration configuration, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(attributeValue);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = SettingReference().Replace(attributeValue, m =>
            configuration[m.Groups[1].Value]
            ?? throw new InvalidOperationException($"Missing setting: {m.Groups[1].Value} (the schedule of a timer, see workflows/schedules.json)."));
        try
        {
            return new Schedule(expression, CronExpression.Parse(expression, CronFormat.IncludeSeconds), zone);
        }
        catch (CronFormatException e)
        {
            throw new InvalidOperationException($"Schedule '{expression}' is not a six-field NCRONTAB expression: {e.Message}", e);
        }
    }

    public DateTimeOffset? Next(DateTimeOffset after) => Cron.GetNextOccurrence(after, Zone);

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
