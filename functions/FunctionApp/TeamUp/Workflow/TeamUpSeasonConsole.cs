using Microsoft.DurableTask.Client;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Scheduling;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>
/// What HR's API and HR's season page both do with a season: open the year's season (once), read where it stands,
/// and name the judging panel. Both answer from the same rules; only the form of the answer differs.
/// </summary>
public sealed class TeamUpSeasonConsole(
    YearlyLaunch<YearlyTeamUpSeason> launcher, SeasonStore seasons, RosterDirectory roster, JudgingCommands commands, SeasonSignals signals)
{
    /// <summary>Today in Japan: the year a season opened now belongs to.</summary>
    public DateOnly Today => launcher.Today;

    /// <summary>Whether a roster has been imported (a season cannot open before).</summary>
    public async Task<bool> HasRosterAsync(CancellationToken cancellationToken) =>
        await roster.CurrentSnapshotIdAsync(cancellationToken) is not null;

    /// <summary>
    /// Opens the year's season at most once (a second call finds the running one). Null, and nothing started, while
    /// no roster has been imported: a season runs on a snapshot of it.
    /// </summary>
    public async Task<YearlyLaunchOutcome?> OpenAsync(DurableTaskClient client, int year, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!await HasRosterAsync(cancellationToken))
        {
            return null;
        }

        return await launcher.LaunchAsync(client, year, by, cancellationToken);
    }

    /// <summary>
    /// Null when neither the orchestration nor the stored season exists. Just after opening, the season row may not
    /// be written yet.
    /// </summary>
    public async Task<SeasonView?> ViewAsync(DurableTaskClient client, string seasonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!SeasonIds.IsValid(seasonId))
        {
            return null;
        }

        var instanceId = SeasonIds.Instance(seasonId);
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken);
        var season = await seasons.GetAsync(seasonId, cancellationToken);
        if (instance is null && season is null)
        {
            return null;
        }

        return new SeasonView(seasonId, instanceId, season?.Phase ?? SeasonPhase.Entries, instance?.RuntimeStatus.ToString(), season?.SnapshotId,
            season?.OpenedAtUtc, season?.EntryDeadlineUtc, season?.JudgingDeadlineUtc, season?.Panel.Count ?? 0);
    }

    /// <summary>
    /// Names (or changes) the panel with the judging rules (<see cref="JudgingCommands.NamePanelAsync"/>), then wakes the
    /// season's workflow. The stored panel is what counts; the event only saves the workflow its next re-check.
    /// </summary>
    public async Task<PanelNaming> NamePanelAsync(
        DurableTaskClient client, string seasonId, IReadOnlyList<string?>? judges, string namedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var outcome = await commands.NamePanelAsync(seasonId, judges, namedBy, cancellationToken);
        if (!outcome.IsDone)
        {
            return new PanelNaming(outcome, null, [], false);
        }

        var season = await seasons.GetAsync(seasonId, cancellationToken)
            ?? throw new InvalidOperationException($"Team-Up season {seasonId} vanished after its panel was stored.");
        var notified = await signals.RaiseAsync(client, seasonId, SeasonEvents.PanelNamed, season.Panel.Count, cancellationToken);
        return new PanelNaming(outcome, season, await PanelAsync(season, cancellationToken), notified);
    }

    /// <summary>The judges as people, in panel order: from the season's roster snapshot, else the current roster, else only their id.</summary>
    public async Task<IReadOnlyList<StaffMember>> PanelAsync(Season season, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(season);
        if (season.Panel.Count == 0)
        {
            return [];
        }

        var people = await commands.Judging.PeopleAsync(season, cancellationToken);
        return [.. season.Panel.Select(people.Person)];
    }
}
