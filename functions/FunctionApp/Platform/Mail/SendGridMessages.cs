using System.Globalization;
using System.Text;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Transformation.Platform.Mail;

/// <summary>
/// One SendGrid v3 request for one chunk: the template once, and a personalization per recipient with its own
/// "to" and substitutions. Legacy substitutions are plain text replacement applied to subject and bodies alike,
/// so the HTML body's placeholders get their own tags (<c>{{link:html}}</c>) carrying HTML-encoded values.
/// </summary>
public static class SendGridMessages
{
    public const string BatchKeyArg = "batch_key";
    public const string ChunkArg = "chunk";

    /// <summary>SendGrid refuses a personalization whose substitutions exceed 10,000 bytes.</summary>
    public const int MaxSubstitutionBytes = 10_000;

    public static string HtmlTag(string name) => "{{" + name + ":html}}";

    /// <summary>
    /// Refuses a batch SendGrid would refuse for its substitution size, before any chunk goes out
    /// (long texts belong in the template, not in per-recipient values).
    /// </summary>
    public static void CheckSubstitutionSizes(MailBatch batch, BatchTemplate template)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(template);
        var plain = template.Subject.Placeholders.Union(template.Text.Placeholders).ToList();
        var html = template.Html.Placeholders.ToList();
        foreach (var recipient in batch.Recipients)
        {
            var bytes = Substitutions(recipient, plain, html).Sum(s => Encoding.UTF8.GetByteCount(s.Key) + Encoding.UTF8.GetByteCount(s.Value));
            if (bytes > MaxSubstitutionBytes)
            {
                throw new ArgumentException(
                    $"Mail batch '{batch.Key}' cannot be sent: the values for {recipient.Email} take {bytes} bytes; SendGrid accepts at most {MaxSubstitutionBytes} per recipient.",
                    nameof(batch));
            }
        }
    }

    public static SendGridMessage Build(MailBatch batch, BatchTemplate template, IReadOnlyList<MailRecipient> chunk, int chunkIndex, EmailAddress from)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(chunk);
        var message = new SendGridMessage { From = from, Subject = batch.Subject };

        // SendGrid wants text/plain before text/html, and no empty content.
        if (!string.IsNullOrEmpty(batch.TextBody))
        {
            message.AddContent(MimeType.Text, batch.TextBody);
        }

        if (!string.IsNullOrEmpty(batch.HtmlBody))
        {
            message.AddContent(MimeType.Html, template.Html.Retag(HtmlTag));
        }

        var plain = template.Subject.Placeholders.Union(template.Text.Placeholders).ToList();
        var html = template.Html.Placeholders.ToList();
        message.Personalizations = chunk.Select(r => Personalize(r, plain, html)).ToList();
        message.CustomArgs = new Dictionary<string, string>
        {
            [BatchKeyArg] = batch.Key,
            [ChunkArg] = chunkIndex.ToString(CultureInfo.InvariantCulture),
        };
        return message;
    }

    private static Personalization Personalize(MailRecipient recipient, List<string> plain, List<string> html)
    {
        var substitutions = Substitutions(recipient, plain, html);
        return new Personalization
        {
            Tos = [new EmailAddress(recipient.Email, string.IsNullOrEmpty(recipient.Name) ? null : recipient.Name)],
            Substitutions = substitutions.Count == 0 ? null : substitutions,
        };
    }

    private static Dictionary<string, string> Substitutions(MailRecipient recipient, List<string> plain, List<string> html)
    {
        var values = recipient.ValuesWithDefaults();
        var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in plain)
        {
            substitutions[MailTemplate.Tag(name)] = values[name];
        }

        foreach (var name in html)
        {
            substitutions[HtmlTag(name)] = MailTemplate.Encode(values[name], html: true);
        }

        return substitutions;
    }
}
