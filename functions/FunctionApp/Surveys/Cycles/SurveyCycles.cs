using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.Surveys.Participation;

namespace Transformation.Surveys.Cycles;

/// <summary>
/// The answering window of each cycle: opened by the first invitation, closed at its deadline or early by HR,
/// extendable. Reads are cached for <see cref="SurveyOptions.CycleCacheSeconds"/> so a page view or a submission
/// costs no extra storage round trip; changes made here clear this instance's cache at once.
/// </summary>
public sealed partial class SurveyCycles(Tables tables, TimeProvider time, IOptions<SurveyOptions> options, ILogger<SurveyCycles> log)
{
    public const string Table = "SurveyCycles";

    private readonly ConcurrentDictionary<string, (SurveyCycle? Cycle, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    /// <summary>
    /// Opens the cycle (first call, fixing its invitation partitions) or moves its deadline (later calls, e.g.
    /// re-invitations); returns the cycle as it now stands. A closed cycle stays closed. Nothing is written when
    /// the cycle is already open with this deadline (every chunk of an invitation round calls this).
    /// </summary>
    public async Task<SurveyCycle> OpenAsync(string cycleId, DateTimeOffset closesAt, string questionnaireVersion,
        CancellationToken cancellationToken = default)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        var table = await tables.GetAsync(Table, cancellationToken);
        var existing = await ReadAsync(table, cycleId, cancellationToken);
        if (existing?.ClosedAt is not null)
        {
            throw new InvalidOperationException($"Survey cycle {cycleId} was closed at {existing.ClosedAt:O}; it cannot invite again.");
        }

        var version = existing?.QuestionnaireVersion is { Length: > 0 } v ? v : questionnaireVersion;
        // An existing cycle keeps its partitions: they are part of every link already sent.
        var opened = new SurveyCycle(cycleId, closesAt, null, version, existing?.Partitions ?? SurveyTokens.Partitions);
        if (existing != opened)
        {
            var entity = new TableEntity(SurveyCycleEntity.Partition, cycleId) { ["ClosesAt"] = closesAt, ["QuestionnaireVersion"] = version };
            if (existing is null)
            {
                entity["Partitions"] = SurveyTokens.Partitions;
            }

            await table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
        }

        _cache.TryRemove(cycleId, out _);
        return opened;
    }

    /// <summary>
    /// Closes the survey now (HR, or the deadline): from this moment no draft is saved and no answer accepted.
    /// Closing again keeps the first close. Returns when it closed.
    /// </summary>
    public async Task<DateTimeOffset> CloseAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        var table = await tables.GetAsync(Table, cancellationToken);
        var now = time.GetUtcNow();
        if (await ReadAsync(table, cycleId, cancellationToken) is { ClosedAt: { } closed })
        {
            return closed;
        }

        try
        {
            await table.UpdateEntityAsync(new TableEntity(SurveyCycleEntity.Partition, cycleId) { ["ClosedAt"] = now }, ETag.All,
                TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new InvalidOperationException($"Survey cycle {cycleId} does not exist.", e);
        }

        _cache.TryRemove(cycleId, out _);
        LogClosed(cycleId);
        return now;
    }

    /// <summary>Records that every answer of the cycle was released and its participation rows rewritten.</summary>
    public async Task MarkSealedAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        await table.UpdateEntityAsync(new TableEntity(SurveyCycleEntity.Partition, cycleId) { ["SealedAt"] = time.GetUtcNow() },
            ETag.All, TableUpdateMode.Merge, cancellationToken);
        _cache.TryRemove(cycleId, out _);
    }

    /// <summary>The cycle as stored now, never from the cache: for the decisions that must not be late (accepting an answer).</summary>
    public async Task<SurveyCycle?> GetFreshAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var cycle = await ReadAsync(table, cycleId, cancellationToken);
        _cache[cycleId] = (cycle, time.GetUtcNow());
        return cycle;
    }

    /// <summary>Moves the deadline (HR extends the survey). Does not reopen a cycle HR closed.</summary>
    public async Task ExtendAsync(string cycleId, DateTimeOffset closesAt, CancellationToken cancellationToken = default)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(SurveyCycleEntity.Partition, cycleId) { ["ClosesAt"] = closesAt }, ETag.All,
                TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new InvalidOperationException($"Survey cycle {cycleId} does not exist.", e);
        }

        _cache.TryRemove(cycleId, out _);
    }

    /// <summary>The cycle, from this instance's short-lived cache when fresh.</summary>
    public async Task<SurveyCycle?> GetAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(cycleId, out var cached) && now - cached.ReadAt < TimeSpan.FromSeconds(options.Value.CycleCacheSeconds))
        {
            return cached.Cycle;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var cycle = await ReadAsync(table, cycleId, cancellationToken);
        _cache[cycleId] = (cycle, now);
        return cycle;
    }

    /// <summary>
    /// The cycle's invitation partitions (<see cref="SurveyCycle.Partitions"/>): fixed when it opened, so any cached
    /// copy of the cycle answers; read from storage otherwise (a cached "no such cycle" is not trusted). Null when the
    /// cycle does not exist.
    /// </summary>
    public async Task<int?> PartitionsAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue(cycleId, out var cached) && cached.Cycle is { } known)
        {
            return known.Partitions;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var cycle = await ReadAsync(table, cycleId, cancellationToken);
        _cache[cycleId] = (cycle, time.GetUtcNow());
        return cycle?.Partitions;
    }

    private static async Task<SurveyCycle?> ReadAsync(TableClient table, string cycleId, CancellationToken cancellationToken)
    {
        var read = await table.GetEntityIfExistsAsync<SurveyCycleEntity>(SurveyCycleEntity.Partition, cycleId, cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e
            ? new SurveyCycle(cycleId, e.ClosesAt, e.ClosedAt, e.QuestionnaireVersion, e.Partitions, e.SealedAt)
            : null;
    }

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId} closed")]
    private partial void LogClosed(string cycleId);
}
