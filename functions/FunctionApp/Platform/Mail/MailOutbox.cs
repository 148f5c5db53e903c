using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Transformation.Platform.Storage;

namespace Transformation.Platform.Mail;

/// <summary>
/// The local outbox: table Outbox, one entity per message (local volumes only). The RowKey is derived from batch
/// key and recipient position, so writing a message again replaces it instead of adding a second copy. Its first
/// hex digit is the partition: Azurite looks an entity up by scanning its partition, and one partition of every
/// mail sent would make each write slower than the last (the mail stands in for SendGrid; it should cost little).
/// </summary>
public sealed class MailOutbox(Tables tables)
{
    public const string TableName = "Outbox";
    public const int MaxListed = 1000;

    public static string IdOf(string batchKey, int index)
    {
        ArgumentNullException.ThrowIfNull(batchKey);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(batchKey + "\n" + index.ToString(CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(bytes)[..32];
    }

    public static TableEntity ToEntity(RenderedMail mail, string batchKey, int index, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var id = IdOf(batchKey, index);
        var entity = new TableEntity(PartitionOf(id), id)
        {
            ["To"] = mail.To,
            ["ToKey"] = ToKey(mail.To),
            ["Name"] = mail.Name,
            ["Subject"] = mail.Subject,
            ["BatchKey"] = batchKey,
            ["Index"] = index,
            ["SentAt"] = sentAt,
        };
        LongText.Write(entity, "Text", mail.Text);
        LongText.Write(entity, "Html", mail.Html);
        LongText.Write(entity, "Links", JsonSerializer.Serialize(MailLinks.Extract(mail.Text, mail.Html)));
        return entity;
    }

    public async Task SaveAsync(IReadOnlyList<TableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var table = await tables.GetAsync(TableName, cancellationToken);
        await TableBatches.UpsertAsync(table, entities, cancellationToken);
    }

    /// <summary>Newest first, at most <paramref name="take"/>; only those to <paramref name="to"/> when given (case-insensitive).</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(string? to, int take, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var filter = string.IsNullOrWhiteSpace(to) ? null : TableClient.CreateQueryFilter($"ToKey eq {ToKey(to.Trim())}");
        var found = new List<OutboxMessage>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(Read(entity));
        }

        return found
            .OrderByDescending(m => m.SentAt)
            .ThenBy(m => m.BatchKey, StringComparer.Ordinal)
            .ThenByDescending(m => m.Id, StringComparer.Ordinal)
            .Take(Math.Clamp(take, 1, MaxListed))
            .ToList();
    }

    public async Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var key = TableKeys.Encode(id);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(key), key, cancellationToken: cancellationToken);
        return found.HasValue ? Read(found.Value!) : null;
    }

    private static OutboxMessage Read(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("To") ?? "",
        entity.GetString("Name") ?? "",
        entity.GetString("Subject") ?? "",
        LongText.Read(entity, "Text"),
        LongText.Read(entity, "Html"),
        JsonSerializer.Deserialize<List<string>>(LongText.Read(entity, "Links") is { Length: > 0 } links ? links : "[]") ?? [],
        entity.GetDateTimeOffset("SentAt") ?? DateTimeOffset.MinValue,
        entity.GetString("BatchKey") ?? "");

    private static string PartitionOf(string id) => id.Length > 0 ? id[..1] : "-";

    private static string ToKey(string email) => email.ToUpperInvariant();
}
