using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Durable;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>Opens a year's season at most once (the instance id is derived from the year), by HR or by the timer.</summary>
public sealed partial class TeamUpLauncher(TimeProvider time, JapanTime japanTime, IOptions<TeamUpOptions> options, ILogger<TeamUpLauncher> log)
{
    public LaunchDayRule Rule => new(options.Value.OpenMonth, options.Value.OpenBusinessDay);

    public BusinessCalendar Calendar { get; } = new(options.Value.ClosedDays);

    /// <summary>Today in Japan.</summary>
    public DateOnly Today => japanTime.DateOf(time.GetUtcNow());

    public async Task<SeasonLaunch> OpenAsync(DurableTaskClient client, int year, string by, CancellationToken cancellationToken)
    {
        var seasonId = SeasonIds.Of(year);
        var instanceId = SeasonIds.Instance(seasonId);
        var started = await StartOnce.StartAsync(client, nameof(TeamUpSeasonOrchestrator.TeamUpSeason),
            new SeasonRun(seasonId, time.GetUtcNow().UtcDateTime, by), instanceId, cancellationToken);
        if (started)
        {
            LogOpened(seasonId, by);
        }

        return new SeasonLaunch(seasonId, instanceId, started);
    }

    [LoggerMessage(LogLevel.Information, "Team-Up season {SeasonId} opened by {By}")]
    private partial void LogOpened(string seasonId, string by);
}
