using System.Globalization;
using System.Text.Json.Nodes;
using Cronos;
using Microsoft.Extensions.Configuration;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;
using Transformation.Tests.Support;

namespace Transformation.Tests.Scheduling;

/// <summary>
/// workflows/schedules.json is read in UTC, as the Functions host on Linux (Flex Consumption) reads it: each
/// schedule must still fire at the Japan time it stands for (docs/deploy.md, "Timer schedules").
/// </summary>
public sealed class WorkflowSchedulesTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>Each schedule's documented meaning: its first firing after midnight in Japan, and its period.</summary>
    private static readonly (string Name, string First, string Period)[] Meanings =
    [
        ("LinkCleanupSchedule", "03:30", "1.00:00"),
        ("SurveySealSchedule", "00:00", "00:10"),
        ("SurveyLaunchSchedule", "09:00", "1.00:00"),
        ("TeamUpOpenSchedule", "09:00", "1.00:00"),
        ("ThreeSixtyLaunchSchedule", "09:00", "1.00:00"),
        ("OvertimeSummarySchedule", "09:00", "1.00:00"),
    ];

    public static TheoryData<string, string, string> Documented
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (name, first, period) in Meanings)
            {
                data.Add(name, first, period);
            }

            return data;
        }
    }

    public static TheoryData<string> Names => new(Meanings.Select(m => m.Name));

    [Fact]
    public void The_file_holds_exactly_the_documented_schedules()
    {
        var documented = Meanings.Select(m => m.Name).Order(StringComparer.Ordinal);

        Assert.Equal(documented, FileSchedules().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_schedule_drives_a_timer_function_and_every_timer_has_one()
    {
        var used = FunctionCatalog.App.Timers.Select(t => t.Schedule!.Trim('%')).Order(StringComparer.Ordinal);

        Assert.Equal(FileSchedules().Keys.Order(StringComparer.Ordinal), used);
    }

    [Theory]
    [MemberData(nameof(Documented))]
    public void A_schedule_read_in_UTC_fires_at_its_documented_Japan_time(string name, string first, string period)
    {
        var cron = CronExpression.Parse(FileSchedules()[name], CronFormat.IncludeSeconds);
        var step = TimeSpan.Parse(period, CultureInfo.InvariantCulture);
        // Two years from the first of January in Japan, across New Year and the end of February in a leap year.
        var midnight = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(9));
        var expected = midnight + TimeSpan.Parse(first, CultureInfo.InvariantCulture);
        var count = (int)Math.Min(2000, TimeSpan.FromDays(2 * 366) / step);

        var at = midnight.AddTicks(-1);
        for (var i = 0; i < count; i++)
        {
            var next = cron.GetNextOccurrence(at, TimeZoneInfo.Utc);
            Assert.True(next == expected, $"{name}: occurrence {i} is {next:u} UTC, expected {expected.UtcDateTime:u} UTC");
            Assert.Equal(expected.TimeOfDay, TimeZoneInfo.ConvertTime(next!.Value, Tokyo).TimeOfDay);
            at = next.Value;
            expected += step;
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_app_reads_each_schedule_as_Cronos_does_in_UTC(string name)
    {
        var configuration = new ConfigurationBuilder().AddWorkflowSettings(RepositoryPaths.Root).Build();
        var cron = CronExpression.Parse(FileSchedules()[name], CronFormat.IncludeSeconds);

        var schedule = Schedule.Resolve($"%{name}%", configuration);

        var at = new DateTimeOffset(2026, 12, 31, 14, 59, 59, TimeSpan.Zero);
        for (var i = 0; i < 50; i++)
        {
            var next = schedule.Next(at);
            Assert.Equal(cron.GetNextOccurrence(at, TimeZoneInfo.Utc), next);
            at = next!.Value;
        }
    }

    /// <summary>The file as it is, not through the configuration: what Bicep copies into the app settings.</summary>
    internal static IReadOnlyDictionary<string, string> FileSchedules()
    {
        var path = Path.Combine(RepositoryPaths.Root, WorkflowSettings.Folder, "schedules.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        return json.ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);
    }
}
