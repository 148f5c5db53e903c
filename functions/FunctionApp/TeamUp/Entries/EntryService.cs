using Microsoft.Extensions.Logging;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Security;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Entries;

/// <summary>
/// What the entry API and pages share: a division's scope in a season, who may read and write its entry, saving
/// and submitting (checked, before the deadline, guarded by the ETag read), the view, and the completion list.
/// An entry is written only by the head of its division (the head in the season's roster snapshot, or in the
/// current roster after a change of head). HR and the bureau's coordinators read it at any time; once the entry
/// deadline has passed every member of staff reads the submitted entries. Drafts are never public.
/// </summary>
public sealed partial class EntryService(
    EntryStore store,
    SeasonStore seasons,
    RosterDirectory roster,
    TimeProvider time,
    ILogger<EntryService> logger)
{
    public EntryStore Store => store;

    public DateTimeOffset Now => time.GetUtcNow();

    public Task<Season?> SeasonAsync(string seasonId, CancellationToken cancellationToken = default) =>
        seasons.GetAsync(seasonId, cancellationToken);

    /// <summary>Null when there is no such season, or the division is not in the season's roster snapshot.</summary>
    public async Task<EntryScope?> ScopeAsync(string seasonId, string divisionCode, CancellationToken cancellationToken = default)
    {
        var season = await seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return null;
        }

        var index = await SnapshotAsync(season, cancellationToken);
        var division = index?.Division(divisionCode);
        return division is null ? null : new EntryScope(season, index!, division);
    }

    /// <summary>The season's roster snapshot; null when it is gone (nothing can be shown for it then).</summary>
    public async Task<RosterIndex?> SnapshotAsync(Season season, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        try
        {
            return await roster.GetIndexAsync(season.SnapshotId, cancellationToken);
        }
        catch (RosterSnapshotNotFoundException)
        {
            return null;
        }
    }

    public async Task<bool> MayWriteAsync(Caller caller, EntryScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(scope);
        if (!caller.IsIn(Roles.DivisionHead))
        {
            return false;
        }

        // The head now, by the current roster: a head who moved on no longer writes, their successor does.
        var current = await CurrentRosterAsync(cancellationToken);
        var head = current is null ? scope.Division.Head : current.Division(scope.DivisionCode)?.Head;
        return head?.StaffId == caller.StaffId;
    }

    /// <summary>
    /// HR, the head, the bureau's coordinators read at any time (a draft too); everyone else only a submitted entry
    /// once the entry deadline has passed.
    /// </summary>
    public async Task<bool> MayReadAsync(Caller caller, EntryScope scope, Entry? entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(scope);
        return await IsInsiderAsync(caller, scope, cancellationToken)
            || (entry is { IsSubmitted: true } && scope.Season.IsPublished(Now));
    }

    /// <summary>Those who follow the entry while it is written: HR, its head, its bureau's coordinators.</summary>
    public async Task<bool> IsInsiderAsync(Caller caller, EntryScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(scope);
        return caller.IsIn(Roles.HrAdmin)
            || await MayWriteAsync(caller, scope, cancellationToken)
            || await CoordinatesAsync(caller, scope.BureauCode, cancellationToken);
    }

    /// <summary>A bureau coordinator follows the bureau the current roster places them in.</summary>
    public async Task<bool> CoordinatesAsync(Caller caller, string bureauCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsIn(Roles.BureauCoordinator))
        {
            return false;
        }

        var current = await CurrentRosterAsync(cancellationToken);
        return current?.Person(caller.StaffId)?.BureauCode == bureauCode;
    }

    /// <summary>
    /// Checks, then writes the whole entry (as a draft, or submitted when <paramref name="submit"/>); nothing is written when
    /// anything is wrong.
    /// </summary>
    public async Task<EntrySave> SaveAsync(
        EntryScope scope, Caller caller, EntryInput input, string? ifMatch, bool submit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var now = Now;
        if (!scope.Season.AcceptsEntries(now))
        {
            LogClosed(logger, scope.SeasonId, scope.DivisionCode, caller.StaffId);
            return new EntrySave(EntrySaveOutcome.Closed, null, []);
        }

        // A submitted entry stays submitted, so a change to it must leave it complete.
        var existing = await store.GetAsync(scope.SeasonId, scope.DivisionCode, cancellationToken);
        var validation = EntryValidator.Validate(input, submit || existing is { IsSubmitted: true });
        if (!validation.IsValid)
        {
            return new EntrySave(EntrySaveOutcome.Invalid, null, validation.Errors);
        }

        // No ETag means "create": a page opened before anyone wrote must not overwrite what a colleague wrote since.
        if (IsStale(existing, ifMatch) || (ifMatch is null && existing is not null))
        {
            return new EntrySave(EntrySaveOutcome.Changed, null, []);
        }

        var division = scope.Division.Division;
        var entry = new Entry(scope.SeasonId, scope.DivisionCode, division.Name, division.BureauCode, division.BureauName, validation.Content!,
            submit ? EntryStatus.Submitted : EntryStatus.Draft, now, caller.StaffId, submit ? now : null, "");
        var write = await store.SaveAsync(entry, ifMatch, cancellationToken);
        if (write.Outcome != EntryWriteOutcome.Saved)
        {
            return new EntrySave(EntrySaveOutcome.Changed, null, []);
        }

        LogSaved(logger, scope.SeasonId, scope.DivisionCode, write.Entry!.Status, caller.StaffId);
        return new EntrySave(EntrySaveOutcome.Saved, write.Entry, []);
    }

    /// <summary>Submits the entry as last saved, when it is complete and the deadline has not passed.</summary>
    public async Task<EntrySave> SubmitAsync(EntryScope scope, Caller caller, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(caller);
        var now = Now;
        if (!scope.Season.AcceptsEntries(now))
        {
            LogClosed(logger, scope.SeasonId, scope.DivisionCode, caller.StaffId);
            return new EntrySave(EntrySaveOutcome.Closed, null, []);
        }

        var existing = await store.GetAsync(scope.SeasonId, scope.DivisionCode, cancellationToken);
        var validation = EntryValidator.ValidateForSubmit(existing?.Content ?? EntryContent.Empty);
        if (!validation.IsValid)
        {
            return new EntrySave(EntrySaveOutcome.Invalid, null, validation.Errors);
        }

        if (IsStale(existing, ifMatch))
        {
            return new EntrySave(EntrySaveOutcome.Changed, null, []);
        }

        var write = await store.SubmitAsync(scope.SeasonId, scope.DivisionCode, caller.StaffId, now, ifMatch ?? existing!.ETag, cancellationToken);
        if (write.Outcome != EntryWriteOutcome.Saved)
        {
            return new EntrySave(EntrySaveOutcome.Changed, null, []);
        }

        LogSaved(logger, scope.SeasonId, scope.DivisionCode, EntryStatus.Submitted, caller.StaffId);
        return new EntrySave(EntrySaveOutcome.Saved, write.Entry, []);
    }

    public EntryView View(EntryScope scope, Entry? entry, bool mayWrite)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var division = scope.Division.Division;
        var content = entry?.Content ?? EntryContent.Empty;
        return new EntryView(scope.SeasonId, scope.DivisionCode, division.Name, division.BureauCode, division.BureauName, scope.Division.Head.Name,
            EntryProgress.Of(entry), mayWrite && scope.Season.AcceptsEntries(Now), scope.Season.EntryDeadlineUtc, content.HoursPerMonthSaved, content,
            entry?.UpdatedAtUtc, entry?.UpdatedBy, entry?.SubmittedAtUtc, entry?.ETag);
    }

    /// <summary>
    /// Every division of the season's snapshot the caller may follow (HR: all; a coordinator: their bureau); null when there is
    /// no such season.
    /// </summary>
    public async Task<CompletionView?> CompletionAsync(string seasonId, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var season = await seasons.GetAsync(seasonId, cancellationToken);
        var index = season is null ? null : await SnapshotAsync(season, cancellationToken);
        if (season is null || index is null)
        {
            return null;
        }

        var entries = (await store.ListAsync(seasonId, cancellationToken)).ToDictionary(e => e.DivisionCode, StringComparer.Ordinal);
        var visible = new List<Bureau>();
        foreach (var bureau in index.Bureaus)
        {
            if (caller.IsIn(Roles.HrAdmin) || await CoordinatesAsync(caller, bureau.Code, cancellationToken))
            {
                visible.Add(bureau);
            }
        }

        var rows = visible
            .SelectMany(b => b.Divisions)
            .Select(d =>
            {
                var entry = entries.GetValueOrDefault(d.Code);
                return new CompletionRow(d.Code, d.Name, d.BureauCode, d.BureauName, index.Division(d.Code)?.Head.Name ?? "",
                    EntryProgress.Of(entry), entry?.UpdatedAtUtc, entry?.SubmittedAtUtc);
            })
            .ToList();
        var bureaus = visible.Select(b =>
        {
            var mine = rows.Where(r => r.BureauCode == b.Code).ToList();
            var submitted = mine.Count(r => r.Status == EntryStatus.Submitted);
            return new CompletionBureau(b.Code, b.Name, mine.Count, mine.Count(r => r.Status == EntryProgress.NotStarted),
                mine.Count(r => r.Status == EntryStatus.Draft), submitted, mine.Count == 0 ? 0 : Math.Round((double)submitted / mine.Count, 4));
        }).ToList();
        return new CompletionView(seasonId, season.EntryDeadlineUtc, season.AcceptsEntries(Now), bureaus, rows);
    }

    /// <summary>An If-Match that cannot match: a version of an entry that does not exist, or not the version stored.</summary>
    private static bool IsStale(Entry? existing, string? ifMatch) =>
        ifMatch is not null && ifMatch != "*" && (existing is null || !string.Equals(existing.ETag, ifMatch, StringComparison.Ordinal));

    private async Task<RosterIndex?> CurrentRosterAsync(CancellationToken cancellationToken) =>
        await roster.CurrentSnapshotIdAsync(cancellationToken) is { } id ? await roster.GetIndexAsync(id, cancellationToken) : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Team-Up {SeasonId}: entry of {DivisionCode} saved ({Status}) by {StaffId}")]
    private static partial void LogSaved(ILogger logger, string seasonId, string divisionCode, string status, string staffId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Team-Up {SeasonId}: change to the entry of {DivisionCode} by {StaffId} refused, entries are closed")]
    private static partial void LogClosed(ILogger logger, string seasonId, string divisionCode, string staffId);
}
