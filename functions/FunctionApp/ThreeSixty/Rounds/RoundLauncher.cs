using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Durable;
using Transformation.Platform.Hosting;
using Transformation.Platform.Scheduling;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>Opens a year's round at most once (the instance id is derived from the year), by HR or by the timer.</summary>
public sealed partial class RoundLauncher(TimeProvider time, JapanTime japanTime, IOptions<RoundOptions> options, ILogger<RoundLauncher> log)
{
    public LaunchDayRule Rule => new(options.Value.LaunchMonth, options.Value.LaunchBusinessDay);

    public BusinessCalendar Calendar { get; } = new(options.Value.ClosedDays);

    /// <summary>Today in Japan.</summary>
    public DateOnly Today => japanTime.DateOf(time.GetUtcNow());

    /// <summary>Starts the round of <paramref name="year"/>; false when it had been started before.</summary>
    public async Task<bool> OpenAsync(DurableTaskClient client, int year, string by, CancellationToken cancellationToken)
    {
        var roundId = RoundIds.OfYear(year);
        var started = await StartOnce.StartAsync(client, "ThreeSixtyRound",
            new RoundRun(roundId, time.GetUtcNow().UtcDateTime, by), RoundIds.Instance(roundId), cancellationToken);
        if (started)
        {
            LogOpened(roundId, by);
        }

        return started;
    }

    [LoggerMessage(LogLevel.Information, "360 round {RoundId} opened by {By}")]
    private partial void LogOpened(string roundId, string by);
}
