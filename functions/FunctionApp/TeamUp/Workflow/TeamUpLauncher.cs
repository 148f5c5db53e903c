using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>
/// Opens a year's season at most once: the instance id is derived from the year, so HR opening twice (or HR and
/// the timer) finds the first. Only a failed or terminated season is started again.
/// </summary>
public sealed partial class TeamUpLauncher(TimeProvider time, JapanTime japanTime, IOptions<TeamUpOptions> options, ILogger<TeamUpLauncher> log)
{
    public LaunchDayRule Rule => new(options.Value.OpenMonth, options.Value.OpenBusinessDay);

    public BusinessCalendar Calendar { get; } = new(options.Value.ClosedDays);

    /// <summary>Today in Japan.</summary>
    public DateOnly Today => DateOnly.FromDateTime(japanTime.ToLocal(time.GetUtcNow()).DateTime);

    public async Task<SeasonLaunch> OpenAsync(DurableTaskClient client, int year, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var seasonId = SeasonIds.Of(year);
        var instanceId = SeasonIds.Instance(seasonId);
        if (Live(await client.GetInstanceAsync(instanceId, cancellationToken)))
        {
            return new SeasonLaunch(seasonId, instanceId, false);
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(TeamUpSeasonOrchestrator.TeamUpSeason),
                new SeasonRun(seasonId, time.GetUtcNow().UtcDateTime, by), new StartOrchestrationOptions(instanceId), cancellationToken);
        }
#pragma warning disable CA1031 // a concurrent opening may have won; whatever the engine threw, the question is only whether the season now exists
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            if (Live(await client.GetInstanceAsync(instanceId, cancellationToken)))
            {
                return new SeasonLaunch(seasonId, instanceId, false);
            }

            throw;
        }

        LogOpened(seasonId, by);
        return new SeasonLaunch(seasonId, instanceId, true);
    }

    private static bool Live(OrchestrationMetadata? instance) =>
        instance is not null && instance.RuntimeStatus is not (OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated);

    [LoggerMessage(LogLevel.Information, "Team-Up season {SeasonId} opened by {By}")]
    private partial void LogOpened(string seasonId, string by);
}
