using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>What a change to a subject's row came to.</summary>
public enum SubjectChange
{
    Done,

    /// <summary>The round is past nomination (HR's changes), or its deadline has passed (the subject's).</summary>
    Closed,

    /// <summary>The list is locked: the subject can no longer change it.</summary>
    Locked,

    /// <summary>No such subject in this round (or removed, for the subject's own page).</summary>
    NotSubject,

    /// <summary>The person is not in the round's roster snapshot.</summary>
    NotInRoster,

    /// <summary>The person is a subject already.</summary>
    AlreadySubject,
}

/// <summary>
/// The subjects of a round and their peer lists: selection by grade, the subject's nomination, HR's additions,
/// removals and locks. Subjects change only while the round is nominating; a subject changes their own list only
/// while nomination is open (<see cref="Round.IsNominationOpenAt"/>) and the list is not locked.
/// </summary>
public sealed class SubjectRoster(
    SubjectStore store, RosterDirectory directory, IOptions<ThreeSixtyNominationOptions> options, TimeProvider time)
{
    private static readonly ConditionalWeakTable<RosterIndex, RosterRelations> Relations = [];

    public ThreeSixtyNominationOptions Settings => options.Value;

    /// <summary>
    /// Picks the subjects from the round's snapshot by grade and writes the rows not there yet: a repeated call (a
    /// retried activity) changes nothing, and a subject HR removed stays removed. Returns the subjects not removed.
    /// </summary>
    public async Task<int> SelectAsync(Round round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var index = await directory.GetIndexAsync(round.SnapshotId, cancellationToken);
        var rows = SubjectGrades.Select(index.Staff, options.Value.Grades)
            .Select(s => new SubjectRow(round.RoundId, s.StaffId, s.Grade.Trim(), []))
            .ToList();
        await store.AddMissingAsync(round.RoundId, rows, cancellationToken);
        return (await store.ListAsync(round.RoundId, cancellationToken)).Count(r => !r.Removed);
    }

    /// <summary>Every subject row of the round, removed ones included, ordered by subject id.</summary>
    public Task<IReadOnlyList<SubjectRow>> ListAsync(string roundId, CancellationToken cancellationToken) =>
        store.ListAsync(roundId, cancellationToken);

    /// <summary>The ids of the subjects not removed, ordered by subject id.</summary>
    public Task<IReadOnlyList<string>> ListActiveIdsAsync(string roundId, CancellationToken cancellationToken) =>
        store.ListActiveIdsAsync(roundId, cancellationToken);

    public Task<SubjectRow?> GetAsync(string roundId, string subjectId, CancellationToken cancellationToken) =>
        store.GetAsync(roundId, subjectId, cancellationToken);

    /// <summary>The round's snapshot as reporting lines, built once per snapshot index.</summary>
    public async Task<RosterRelations> RelationsAsync(Round round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var index = await directory.GetIndexAsync(round.SnapshotId, cancellationToken);
        return Relations.GetValue(index, i => new RosterRelations(i.Staff));
    }

    /// <summary>The peers the system would propose for this subject (what a lock or the plan would fix).</summary>
    public IReadOnlyList<string> Proposal(Round round, StaffMember subject, RosterRelations roster)
    {
        ArgumentNullException.ThrowIfNull(round);
        return PeerProposal.Propose(round.RoundId, subject, roster, options.Value.MaxPeers);
    }

    /// <summary>The subject's own nomination, already checked against <see cref="NominationRules"/>.</summary>
    public async Task<SubjectChange> NominateAsync(Round round, string subjectId, IReadOnlyList<string> peers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(peers);
        var outcome = SubjectChange.NotSubject;
        var now = time.GetUtcNow();
        await store.ChangeAsync(round.RoundId, subjectId, row =>
        {
            outcome = row.Removed ? SubjectChange.NotSubject
                : !round.IsNominationOpenAt(now) ? SubjectChange.Closed
                : row.Locked ? SubjectChange.Locked
                : SubjectChange.Done;
            return outcome == SubjectChange.Done
                ? row with { Peers = [.. peers], Source = PeerSource.Nominated, ChangedBy = subjectId, ChangedAt = now }
                : row;
        }, cancellationToken);
        return outcome;
    }

    /// <summary>HR adds a person of the round's snapshot as a subject (or restores one removed).</summary>
    public async Task<SubjectChange> AddAsync(Round round, string staffId, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Phase != RoundPhase.Nominating)
        {
            return SubjectChange.Closed;
        }

        var roster = await RelationsAsync(round, cancellationToken);
        if (roster.Person(staffId.Trim()) is not { } person)
        {
            return SubjectChange.NotInRoster;
        }

        var now = time.GetUtcNow();
        var row = new SubjectRow(round.RoundId, person.StaffId, person.Grade.Trim(), [], AddedByHr: true, ChangedBy: by, ChangedAt: now);
        if (await store.AddAsync(row, cancellationToken))
        {
            return SubjectChange.Done;
        }

        var outcome = SubjectChange.AlreadySubject;
        await store.ChangeAsync(round.RoundId, person.StaffId, r =>
        {
            outcome = r.Removed ? SubjectChange.Done : SubjectChange.AlreadySubject;
            return r.Removed ? r with { Removed = false, ChangedBy = by, ChangedAt = now } : r;
        }, cancellationToken);
        return outcome;
    }

    /// <summary>HR removes a subject: nobody rates them this round. The row stays, so selection does not bring them back.</summary>
    public Task<SubjectChange> RemoveAsync(Round round, string subjectId, string by, CancellationToken cancellationToken) =>
        HrChangeAsync(round, subjectId, r => r.Removed ? r : r with { Removed = true, ChangedBy = by, ChangedAt = time.GetUtcNow() },
            cancellationToken);

    /// <summary>HR brings a removed subject back.</summary>
    public Task<SubjectChange> RestoreAsync(Round round, string subjectId, string by, CancellationToken cancellationToken) =>
        HrChangeAsync(round, subjectId, r => r.Removed ? r with { Removed = false, ChangedBy = by, ChangedAt = time.GetUtcNow() } : r,
            cancellationToken);

    /// <summary>HR locks one peer list; a subject who has not nominated gets the proposed list, locked.</summary>
    public async Task<SubjectChange> LockAsync(Round round, string subjectId, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var roster = await RelationsAsync(round, cancellationToken);
        var now = time.GetUtcNow();
        return await HrChangeAsync(round, subjectId, r => Settle(round, r, roster) is var s && s.Equals(r) ? r : s with
        {
            ChangedBy = by,
            ChangedAt = now,
        }, cancellationToken);
    }

    /// <summary>HR locks every list of the round (proposing where the subject did not nominate); returns the lists locked now.</summary>
    public async Task<int> LockAllAsync(Round round, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Phase != RoundPhase.Nominating)
        {
            return 0;
        }

        var before = (await store.ListAsync(round.RoundId, cancellationToken)).Count(r => !r.Locked && !r.Removed);
        await SettleAllAsync(round, by, cancellationToken);
        return before;
    }

    /// <summary>
    /// Fills in the proposal of every subject who did not nominate and locks every list not removed; repeatable
    /// (a settled row is not written again). Returns every row as it stands afterwards.
    /// </summary>
    public async Task<IReadOnlyList<SubjectRow>> SettleAllAsync(Round round, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var roster = await RelationsAsync(round, cancellationToken);
        var now = time.GetUtcNow();
        return await store.ChangeAllAsync(round.RoundId, r => r.Removed ? r : Settle(round, r, roster) is var s && s.Equals(r) ? r : s with
        {
            ChangedBy = by,
            ChangedAt = now,
        }, cancellationToken);
    }

    private SubjectRow Settle(Round round, SubjectRow row, RosterRelations roster)
    {
        if (row.Source == PeerSource.None && roster.Person(row.SubjectId) is { } subject)
        {
            row = row with { Peers = Proposal(round, subject, roster), Source = PeerSource.Proposed };
        }

        return row.Locked ? row : row with { Locked = true };
    }

    private async Task<SubjectChange> HrChangeAsync(
        Round round, string subjectId, Func<SubjectRow, SubjectRow> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Phase != RoundPhase.Nominating)
        {
            return SubjectChange.Closed;
        }

        return await store.ChangeAsync(round.RoundId, subjectId, change, cancellationToken) is null
            ? SubjectChange.NotSubject
            : SubjectChange.Done;
    }
}
