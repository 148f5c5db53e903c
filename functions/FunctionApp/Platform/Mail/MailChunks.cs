using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Transformation.Platform.Mail;

/// <summary>How a batch is cut: SendGrid takes at most 1,000 personalizations per request, and a chunk is also the unit recorded as sent.</summary>
public static class MailChunks
{
    public const int Size = 1000;

    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, int size = Size)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        return items.Chunk(size).Select(c => (IReadOnlyList<T>)c).ToList();
    }

    /// <summary>
    /// A large send cut into batches of at most <see cref="MailBatch.MaxRecipientsPerActivity"/> recipients, one per
    /// <c>SendMail</c> activity call, keys "{key}:0000", "{key}:0001"… so each part is idempotent on its own.
    /// </summary>
    public static IReadOnlyList<MailBatch> ForActivities(MailBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var parts = Split(batch.Recipients, MailBatch.MaxRecipientsPerActivity);
        return parts.Count <= 1
            ? [batch]
            : parts.Select((p, i) => batch with { Key = batch.Key + ":" + i.ToString("D4", CultureInfo.InvariantCulture), Recipients = p }).ToList();
    }

    /// <summary>Who a chunk was for, so a batch key reused for other people is noticed instead of silently skipped.</summary>
    public static string Fingerprint(IEnumerable<MailRecipient> chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        var emails = string.Join('\n', chunk.Select(r => r.Email.ToUpperInvariant()));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(emails)))[..32];
    }
}
