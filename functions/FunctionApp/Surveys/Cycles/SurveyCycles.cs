using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;

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

    /// <summary>Opens the cycle (first call) or moves its deadline (later calls, e.g. re-invitations). A closed cycle stays closed.</summary>
    public async Task OpenAsync(string cycleId, DateTimeOffset closesAt, string questionnaireVersion, CancellationToken cancellationToken = default)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        var table = await tables.GetAsync(Table, cancellationToken);
        var existing = await ReadAsync(table, cycleId, cancellationToken);
        if (existing?.ClosedAt is not null)
        {
            throw new InvalidOperationException($"Survey cycle {cycleId} was closed at {existing.ClosedAt:O}; it cannot invite again.");
        }

        await table.UpsertEntityAsync(new SurveyCycleEntity { RowKey = cycleId, ClosesAt = closesAt, QuestionnaireVersion = existing?.QuestionnaireVersion is { Length: > 0 } v ? v : questionnaireVersion },
            TableUpdateMode.Merge, cancellationToken);
        _cache.TryRemove(cycleId, out _);
    }

    /// <summary>HR closes the survey now: from this moment no draft is saved and no answer accepted.</summary>
    public async Task CloseAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        var table = await tables.GetAsync(Table, cancellationToken);
        var now = time.GetUtcNow();
        try
        {
            await table.UpdateEntityAsync(new TableEntity(SurveyCycleEntity.Partition, cycleId) { ["ClosedAt"] = now }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new InvalidOperationException($"Survey cycle {cycleId} does not exist.", e);
        }

        _cache.TryRemove(cycleId, out _);
        LogClosed(cycleId);
    }

    /// <summary>Moves the deadline (HR extends the survey). Does not reopen a cycle HR closed.</summary>
    public async Task ExtendAsync(string cycleId, DateTimeOffset closesAt, CancellationToken cancellationToken = default)
    {
        SurveyCycleIds.ThrowIfInvalid(cycleId);
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(SurveyCycleEntity.Partition, cycleId) { ["ClosesAt"] = closesAt }, ETag.All, TableUpdateMode.Merge, cancellationToken);
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

    private static async Task<SurveyCycle?> ReadAsync(TableClient table, string cycleId, CancellationToken cancellationToken)
    {
        var read = await table.GetEntityIfExistsAsync<SurveyCycleEntity>(SurveyCycleEntity.Partition, cycleId, cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? new SurveyCycle(cycleId, e.ClosesAt, e.ClosedAt, e.QuestionnaireVersion) : null;
    }

    [LoggerMessage(LogLevel.Information, "Survey cycle {CycleId} closed by HR")]
    private partial void LogClosed(string cycleId);
}
