using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Snapshots;

namespace Transformation.Organisation.Lookup;

/// <summary>
/// Look-ups in the roster for every part of the app. Each takes an optional snapshot id: a running workflow
/// passes the one it started with; without it, the current roster answers. A snapshot is read from storage
/// once per process and then served from memory (snapshots never change).
/// </summary>
public sealed class RosterDirectory(RosterStore store, IOptions<OrganisationOptions> options)
{
    private readonly ConcurrentDictionary<string, CacheEntry> _cache = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>The id of the current snapshot, or null before the first import. Workflows keep it for their later look-ups.</summary>
    public async Task<string?> CurrentSnapshotIdAsync(CancellationToken cancellationToken = default) =>
        (await store.ReadCurrentAsync(cancellationToken))?.SnapshotId;

    /// <summary>The whole snapshot, indexed. Throws <see cref="RosterSnapshotNotFoundException"/> for an unknown id, or when nothing was imported
    /// yet.</summary>
    public async Task<RosterIndex> GetIndexAsync(string? snapshotId = null, CancellationToken cancellationToken = default)
    {
        var id = snapshotId ?? await CurrentSnapshotIdAsync(cancellationToken) ?? throw new RosterSnapshotNotFoundException(null);
        var entry = _cache.GetOrAdd(id, key => new CacheEntry(new Lazy<Task<RosterIndex>>(() => LoadAsync(key))));
        entry.LastUsed = Interlocked.Increment(ref _clock);
        try
        {
            return await entry.Index.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed or missing load is not remembered: the next call tries storage again.
            _cache.TryRemove(new KeyValuePair<string, CacheEntry>(id, entry));
            throw;
        }
    }

    public async Task<StaffMember?> GetPersonAsync(string staffId, string? snapshotId = null, CancellationToken cancellationToken = default) =>
        (await GetIndexAsync(snapshotId, cancellationToken)).Person(staffId);

    /// <summary>Supervisor first, then theirs, up to the top. Empty for the person at the top; null for someone not in the roster.</summary>
    public async Task<IReadOnlyList<StaffMember>?> GetSupervisorChainAsync(string staffId, string? snapshotId = null,
        CancellationToken cancellationToken = default) =>
        (await GetIndexAsync(snapshotId, cancellationToken)).SupervisorChain(staffId);

    public async Task<DivisionMembers?> GetDivisionAsync(string divisionCode, string? snapshotId = null,
        CancellationToken cancellationToken = default) =>
        (await GetIndexAsync(snapshotId, cancellationToken)).Division(divisionCode);

    /// <summary>The divisions of a bureau; null when the bureau is not in the roster.</summary>
    public async Task<IReadOnlyList<Division>?> GetBureauDivisionsAsync(string bureauCode, string? snapshotId = null,
        CancellationToken cancellationToken = default) =>
        (await GetIndexAsync(snapshotId, cancellationToken)).Bureau(bureauCode)?.Divisions;

    public async Task<IReadOnlyList<Division>> GetDivisionsAsync(string? snapshotId = null, CancellationToken cancellationToken = default) =>
        (await GetIndexAsync(snapshotId, cancellationToken)).Divisions;

    /// <summary>Everyone in a bureau; null when the bureau is not in the roster.</summary>
    public async Task<IReadOnlyList<StaffMember>?> GetBureauStaffAsync(string bureauCode, string? snapshotId = null,
        CancellationToken cancellationToken = default) =>
        (await GetIndexAsync(snapshotId, cancellationToken)).BureauStaff(bureauCode);

    /// <summary>Builds the index of a snapshot just written, so the first look-up after an import does not read it back.</summary>
    public RosterIndex Remember(RosterSnapshotInfo info, IReadOnlyList<StaffMember> staff)
    {
        var index = new RosterIndex(info, staff, [.. options.Value.HeadGrades]);
        var entry = new CacheEntry(new Lazy<Task<RosterIndex>>(Task.FromResult(index))) { LastUsed = Interlocked.Increment(ref _clock) };
        _cache[info.SnapshotId] = entry;
        Trim();
        return index;
    }

    private async Task<RosterIndex> LoadAsync(string snapshotId)
    {
        // Not tied to one caller's cancellation: other callers may be waiting on the same load.
        var info = await store.ReadInfoAsync(snapshotId) ?? throw new RosterSnapshotNotFoundException(snapshotId);
        var staff = await store.ReadStaffAsync(info);
        var index = new RosterIndex(info, staff, [.. options.Value.HeadGrades]);
        Trim();
        return index;
    }

    // Keeps the most recently used snapshots; a workflow on an evicted one just reads it again.
    private void Trim()
    {
        var excess = _cache.Count - options.Value.CachedSnapshots;
        if (excess <= 0)
        {
            return;
        }

        foreach (var old in _cache.OrderBy(kv => kv.Value.LastUsed).Take(excess).ToList())
        {
            _cache.TryRemove(old);
        }
    }

    private sealed class CacheEntry(Lazy<Task<RosterIndex>> index)
    {
        public Lazy<Task<RosterIndex>> Index { get; } = index;

        public long LastUsed { get; set; }
    }
}
