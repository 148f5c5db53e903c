using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.TeamUp.Entries;

/// <summary>
/// The entries (table "TeamUpEntries", partition = season, row = division code), the content kept as JSON.
/// Writes check the ETag the writer read (If-Match), so two people editing one entry cannot overwrite each other.
/// Whether a write is still allowed (deadline, who) is the caller's decision, made before calling here.
/// </summary>
public sealed class EntryStore(Tables tables)
{
    public const string Table = "TeamUpEntries";

    public async Task<Entry?> GetAsync(string seasonId, string divisionCode, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(seasonId, divisionCode, cancellationToken: cancellationToken);
        return found.HasValue ? ToEntry(found.Value!) : null;
    }

    /// <summary>Every entry of the season, drafts included (one partition: a single query).</summary>
    public async Task<IReadOnlyList<Entry>> ListAsync(string seasonId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entries = new List<Entry>();
        await foreach (var e in table.QueryAsync<TableEntity>(x => x.PartitionKey == seasonId, cancellationToken: cancellationToken))
        {
            entries.Add(ToEntry(e));
        }

        return entries;
    }

    /// <summary>
    /// Writes the content. <paramref name="ifMatch"/> null means "create, it must not exist yet"; an ETag, "only if
    /// unchanged since read"; "*" writes whatever is there, or creates it. A submitted entry stays submitted.
    /// </summary>
    public async Task<EntryWrite> SaveAsync(Entry entry, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var table = await tables.GetAsync(Table, cancellationToken);
        var existing = await GetAsync(entry.SeasonId, entry.DivisionCode, cancellationToken);
        var status = existing?.IsSubmitted == true ? EntryStatus.Submitted : entry.Status;
        var entity = ToEntity(entry with { Status = status, SubmittedAtUtc = existing?.SubmittedAtUtc ?? entry.SubmittedAtUtc });
        try
        {
            if (ifMatch is null || (ifMatch == "*" && existing is null))
            {
                // Added, never replaced: if someone created the entry meanwhile, the add fails with 409.
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(entity, new ETag(ifMatch), TableUpdateMode.Replace, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return new EntryWrite(EntryWriteOutcome.Changed, null);
        }

        return new EntryWrite(EntryWriteOutcome.Saved, await GetAsync(entry.SeasonId, entry.DivisionCode, cancellationToken));
    }

    /// <summary>Marks the entry submitted (the content as last saved), guarded by If-Match when given.</summary>
    public async Task<EntryWrite> SubmitAsync(
        string seasonId, string divisionCode, string by, DateTimeOffset now, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var existing = await GetAsync(seasonId, divisionCode, cancellationToken);
        if (existing is null)
        {
            return new EntryWrite(EntryWriteOutcome.NotFound, null);
        }

        var table = await tables.GetAsync(Table, cancellationToken);
        var change = new TableEntity(seasonId, divisionCode)
        {
            ["Status"] = EntryStatus.Submitted,
            ["SubmittedAtUtc"] = existing.SubmittedAtUtc ?? now,
            ["UpdatedAtUtc"] = now,
            ["UpdatedBy"] = by,
        };
        try
        {
            await table.UpdateEntityAsync(change, new ETag(ifMatch ?? existing.ETag), TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return new EntryWrite(EntryWriteOutcome.Changed, null);
        }

        return new EntryWrite(EntryWriteOutcome.Saved, await GetAsync(seasonId, divisionCode, cancellationToken));
    }

    private static TableEntity ToEntity(Entry entry)
    {
        var entity = new TableEntity(entry.SeasonId, entry.DivisionCode)
        {
            ["DivisionName"] = entry.DivisionName,
            ["BureauCode"] = entry.BureauCode,
            ["BureauName"] = entry.BureauName,
            ["Status"] = entry.Status,
            ["UpdatedAtUtc"] = entry.UpdatedAtUtc,
            ["UpdatedBy"] = entry.UpdatedBy,
            ["SubmittedAtUtc"] = entry.SubmittedAtUtc,
            ["HoursPerMonthSaved"] = (double)entry.Content.HoursPerMonthSaved,
        };
        LongText.Write(entity, "Content", JsonSerializer.Serialize(entry.Content, JsonSerializerOptions.Web));
        return entity;
    }

    private static Entry ToEntry(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetString("DivisionName") ?? "",
        e.GetString("BureauCode") ?? "",
        e.GetString("BureauName") ?? "",
        JsonSerializer.Deserialize<EntryContent>(LongText.Read(e, "Content"), JsonSerializerOptions.Web) ?? EntryContent.Empty,
        e.GetString("Status") ?? EntryStatus.Draft,
        e.GetDateTimeOffset("UpdatedAtUtc") ?? DateTimeOffset.MinValue,
        e.GetString("UpdatedBy") ?? "",
        e.GetDateTimeOffset("SubmittedAtUtc"),
        e.ETag.ToString());
}
