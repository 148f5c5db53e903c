using System.Globalization;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Overtime.Requests;

/// <summary>
/// Table OvertimeAudit (partition = the person read, row = time): every read of a person's overtime by someone else (a
/// supervisor, HR), and every decision, so the person and HR can answer "who looked at my overtime". It holds no hours.
/// </summary>
public sealed class OvertimeAudit(Tables tables, TimeProvider time)
{
    public const string Table = "OvertimeAudit";

    /// <summary>Writes one entry; a read by the person themselves is not written (it is theirs).</summary>
    public async Task WriteAsync(string staffId, string actorId, string action, string what, string channel,
        CancellationToken cancellationToken = default)
    {
        if (actorId == staffId && action == Read)
        {
            return;
        }

        var now = time.GetUtcNow();
        var table = await tables.GetAsync(Table, cancellationToken);
        var row = now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        await table.AddEntityAsync(new TableEntity(TableKeys.Encode(staffId), row)
        {
            ["At"] = now,
            ["Actor"] = actorId,
            ["Action"] = action,
            ["What"] = what,
            ["Channel"] = channel,
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<OvertimeAuditEntry>> ReadAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(Table, cancellationToken);
        var entries = new List<OvertimeAuditEntry>();
        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Encode(staffId))}";
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(new OvertimeAuditEntry(e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, e.GetString("Actor") ?? "",
                e.GetString("Action") ?? "", e.GetString("What") ?? "", e.GetString("Channel") ?? ""));
        }

        return entries;
    }

    public const string Read = "read";
    public const string Decided = "decided";
    public const string LinkOpened = "link-opened";
}

/// <summary>One audited read or decision: when, by whom, what ("day 2026-11-30", "month 2026-11"), through which channel.</summary>
public sealed record OvertimeAuditEntry(DateTimeOffset At, string ActorId, string Action, string What, string Channel);
