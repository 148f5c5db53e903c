using System.Globalization;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// The audit trail of sheets: every read of a sheet's content and every decision or change, kept in its
/// own table so HR can answer "who saw this, who decided" without the sheet's content being involved.
/// </summary>
public sealed class CareSheetAudit(Tables tables, TimeProvider time)
{
    public const string Table = "CareSheetAudit";

    public async Task WriteAsync(string sheetId, string actor, string action, int version, string channel, string? detail = null,
        CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var table = await tables.GetAsync(Table, cancellationToken);
        // Time first so rows sort by time; a random tail so two entries in the same tick both stay.
        var row = now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        await table.AddEntityAsync(new AuditEntity
        {
            PartitionKey = TableKeys.Encode(sheetId),
            RowKey = row,
            At = now,
            Actor = actor,
            Action = action,
            Version = version,
            Channel = channel,
            Detail = detail,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string sheetId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entries = new List<AuditEntry>();
        await foreach (var e in table.QueryAsync<AuditEntity>(e => e.PartitionKey == TableKeys.Encode(sheetId), cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(sheetId, e.At, e.Actor, e.Action, e.Version, e.Channel, e.Detail));
        }

        return entries;
    }
}
