using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.TeamUp.Seasons;

/// <summary>
/// The seasons (table "TeamUpSeasons", one row per year), with the proposed ranking and HR's award decision
/// kept on the season's row. Every change is a merge of the properties it owns, so HR naming the panel and the
/// orchestration moving the phase never overwrite each other.
/// </summary>
public sealed class SeasonStore(Tables tables)
{
    public const string Table = "TeamUpSeasons";

    private const string Partition = "season";

    public async Task<Season?> GetAsync(string seasonId, CancellationToken cancellationToken = default)
    {
        var entity = await ReadAsync(seasonId, cancellationToken);
        return entity is null ? null : ToSeason(entity);
    }

    /// <summary>Creates the season, or returns the one already there (a retried activity opens nothing twice).</summary>
    public async Task<Season> CreateAsync(Season season, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(season);
        var table = await tables.GetAsync(Table, cancellationToken);
        var entity = new TableEntity(Partition, season.SeasonId)
        {
            ["SnapshotId"] = season.SnapshotId,
            ["Phase"] = season.Phase,
            ["OpenedAtUtc"] = season.OpenedAtUtc,
            ["EntryDeadlineUtc"] = season.EntryDeadlineUtc,
            ["JudgingDeadlineUtc"] = season.JudgingDeadlineUtc,
            ["Panel"] = JsonSerializer.Serialize(season.Panel),
            ["PanelNamedBy"] = season.PanelNamedBy,
            ["OpenedBy"] = season.OpenedBy,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return season;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await GetAsync(season.SeasonId, cancellationToken))!;
        }
    }

    /// <summary>Moves the season to a later phase; a phase already passed is left alone (activities may be retried).</summary>
    public async Task SetPhaseAsync(
        string seasonId, string phase, DateTimeOffset? judgingDeadlineUtc = null, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(seasonId, cancellationToken)
            ?? throw new InvalidOperationException($"Team-Up season {seasonId} does not exist.");
        if (current.Phase != phase && SeasonPhase.IsAtOrAfter(current.Phase, phase))
        {
            return;
        }

        var change = new TableEntity(Partition, seasonId) { ["Phase"] = phase };
        if (judgingDeadlineUtc is { } deadline)
        {
            change["JudgingDeadlineUtc"] = deadline;
        }

        await MergeAsync(change, cancellationToken);
    }

    /// <summary>
    /// HR names the panel (staff ids of the judges). False, and nothing written, once the ranking is done or when the
    /// season changed while this was written (the ranking may be starting): the write is guarded by the row's ETag.
    /// </summary>
    public async Task<bool> SetPanelAsync(
        string seasonId, IReadOnlyList<string> judges, string namedBy, CancellationToken cancellationToken = default)
    {
        var entity = await ReadAsync(seasonId, cancellationToken)
            ?? throw new InvalidOperationException($"Team-Up season {seasonId} does not exist.");
        if (SeasonPhase.IsAtOrAfter(ToSeason(entity).Phase, SeasonPhase.AwaitingConfirmation))
        {
            return false;
        }

        var change = new TableEntity(Partition, seasonId) { ["Panel"] = JsonSerializer.Serialize(judges), ["PanelNamedBy"] = namedBy };
        return await MergeIfUnchangedAsync(change, entity.ETag, cancellationToken);
    }

    /// <summary>The proposed ranking as the ranking step stored it (JSON), or null before judging ends.</summary>
    public async Task<T?> GetRankingAsync<T>(string seasonId, CancellationToken cancellationToken = default)
        where T : class => await GetJsonAsync<T>(seasonId, "Ranking", cancellationToken);

    public Task SaveRankingAsync<T>(string seasonId, T ranking, CancellationToken cancellationToken = default) =>
        SaveJsonAsync(seasonId, "Ranking", ranking, cancellationToken);

    /// <summary>HR's confirmation, or null while it is awaited.</summary>
    public Task<AwardDecision?> GetAwardAsync(string seasonId, CancellationToken cancellationToken = default) =>
        GetJsonAsync<AwardDecision>(seasonId, "Award", cancellationToken);

    /// <summary>
    /// Stores HR's decision if none is stored yet: of two confirmations at the same moment only the first is kept (false for
    /// the other).
    /// </summary>
    public async Task<bool> SaveAwardAsync(string seasonId, AwardDecision decision, CancellationToken cancellationToken = default)
    {
        var entity = await ReadAsync(seasonId, cancellationToken)
            ?? throw new InvalidOperationException($"Team-Up season {seasonId} does not exist.");
        if (LongText.Read(entity, "Award").Length > 0)
        {
            return false;
        }

        var change = new TableEntity(Partition, seasonId);
        LongText.Write(change, "Award", JsonSerializer.Serialize(decision, JsonSerializerOptions.Web));
        return await MergeIfUnchangedAsync(change, entity.ETag, cancellationToken);
    }

    private async Task<T?> GetJsonAsync<T>(string seasonId, string property, CancellationToken cancellationToken)
        where T : class
    {
        var entity = await ReadAsync(seasonId, cancellationToken);
        var json = entity is null ? "" : LongText.Read(entity, property);
        return json.Length == 0 ? null : JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web);
    }

    private async Task SaveJsonAsync<T>(string seasonId, string property, T value, CancellationToken cancellationToken)
    {
        var change = new TableEntity(Partition, seasonId);
        LongText.Write(change, property, JsonSerializer.Serialize(value, JsonSerializerOptions.Web));
        await MergeAsync(change, cancellationToken);
    }

    private async Task<bool> MergeIfUnchangedAsync(TableEntity change, ETag read, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(change, read, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    private async Task MergeAsync(TableEntity change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new InvalidOperationException($"Team-Up season {change.RowKey} does not exist.", e);
        }
    }

    private async Task<TableEntity?> ReadAsync(string seasonId, CancellationToken cancellationToken)
    {
        if (!SeasonIds.IsValid(seasonId))
        {
            return null;
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition, seasonId, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private static Season ToSeason(TableEntity e) => new(
        e.RowKey,
        e.GetString("SnapshotId") ?? "",
        e.GetString("Phase") ?? SeasonPhase.Entries,
        e.GetDateTimeOffset("OpenedAtUtc") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("EntryDeadlineUtc") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("JudgingDeadlineUtc"),
        JsonSerializer.Deserialize<List<string>>(e.GetString("Panel") ?? "[]") ?? [],
        e.GetString("PanelNamedBy"),
        e.GetString("OpenedBy") ?? "");
}
