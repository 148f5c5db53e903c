using System.Net.Mail;

namespace Transformation.Platform.Mail;

/// <summary>
/// Checks a whole batch before anything is sent, so a bad batch fails at once instead of after half of it went out.
/// </summary>
public static class MailBatchRules
{
    /// <summary>Keeps the encoded key inside a table key (1 KB) even when every character needs encoding.</summary>
    public const int MaxKeyLength = 100;

    /// <summary>
    /// Text and HTML of one rendered message together, in characters. The outbox keeps a message in one table
    /// entity (at most 1 MB, strings stored as UTF-16), and a mail this long is a mistake anyway.
    /// </summary>
    public const int MaxBodyCharacters = 200_000;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first problem found.</summary>
    public static void Validate(MailBatch batch, BatchTemplate template)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(template);
        if (string.IsNullOrWhiteSpace(batch.Key) || batch.Key.Length > MaxKeyLength)
        {
            throw Invalid(batch, $"the batch key must be 1 to {MaxKeyLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(batch.Subject))
        {
            throw Invalid(batch, "the subject is empty.");
        }

        if (string.IsNullOrWhiteSpace(batch.TextBody) && string.IsNullOrWhiteSpace(batch.HtmlBody))
        {
            throw Invalid(batch, "both the text body and the HTML body are empty.");
        }

        if (batch.Recipients is null)
        {
            throw Invalid(batch, "it has no recipient list.");
        }

        var placeholders = template.Placeholders.ToList();
        for (var i = 0; i < batch.Recipients.Count; i++)
        {
            var recipient = batch.Recipients[i] ?? throw Invalid(batch, $"recipient {i} is missing.");
            if (!IsAddress(recipient.Email))
            {
                throw Invalid(batch, $"recipient {i} has no valid email address ('{recipient.Email}').");
            }

            var values = recipient.ValuesWithDefaults();
            var missing = placeholders.FirstOrDefault(p => !values.ContainsKey(p));
            if (missing is not null)
            {
                throw Invalid(batch, $"recipient {i} ({recipient.Email}) has no value for {MailTemplate.Tag(missing)}.");
            }

            var length = template.Text.RenderedLength(values, html: false) + template.Html.RenderedLength(values, html: true);
            if (length > MaxBodyCharacters)
            {
                throw Invalid(batch, $"the message to recipient {i} ({recipient.Email}) would be {length} characters long; at most {MaxBodyCharacters} (text and HTML together) can be sent.");
            }
        }
    }

    /// <summary>A bare address such as taro@example.go.jp (no display name, no spaces).</summary>
    public static bool IsAddress(string? email) =>
        !string.IsNullOrWhiteSpace(email)
        && email.Length <= 254
        && !email.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(email, out var parsed)
        && string.Equals(parsed.Address, email, StringComparison.Ordinal);

    private static ArgumentException Invalid(MailBatch batch, string problem) =>
        new($"Mail batch '{batch.Key}' cannot be sent: {problem}", nameof(batch));
}
