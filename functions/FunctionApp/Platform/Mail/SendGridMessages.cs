using System.Globalization;
using System.Text;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Transformation.Platform.Mail;

/// <summary>
/// One SendGrid v3 request for one chunk: the template once, and a personalization per recipient with its own
/// "to" and substitutions. Legacy substitutions are plain text replacement applied to subject and bodies alike,
/// so the HTML body's placeholders get their own tags (<c>{{link:html}}</c>) carrying HTML-encoded values.
/// A batch with variants (recipients of several languages) is still one request per chunk, but its bodies
/// differ per recipient as a whole: the content is just the selector tags <see cref="TextSelector"/> and
/// <see cref="HtmlSelector"/>, and each personalization carries its own rendered subject and, as the selectors'
/// substitutions, its own rendered bodies. (SendGrid's section tags, which once let a request carry each version
/// once, were retired in 2020; substitutions are what the v3 API still applies per recipient.)
/// </summary>
public static class SendGridMessages
{
    public const string BatchKeyArg = "batch_key";
    public const string ChunkArg = "chunk";

    /// <summary>SendGrid refuses a personalization whose substitutions exceed 10,000 bytes.</summary>
    public const int MaxSubstitutionBytes = 10_000;

    /// <summary>The text content of a batch with variants: each personalization substitutes its own rendered text.</summary>
    public const string TextSelector = "%body_text%";

    /// <summary>The HTML content of a batch with variants: each personalization substitutes its own rendered HTML.</summary>
    public const string HtmlSelector = "%body_html%";

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
            var substitutions = batch.HasVariants() ? Rendered(batch, template.Render(recipient)) : Substitutions(recipient, plain, html);
            var bytes = substitutions.Sum(s => Encoding.UTF8.GetByteCount(s.Key) + Encoding.UTF8.GetByteCount(s.Value));
            if (bytes > MaxSubstitutionBytes)
            {
                throw new ArgumentException(
                    batch.HasVariants()
                        ? $"Mail batch '{batch.Key}' cannot be sent: the message to {recipient.Email} takes {bytes} bytes; "
                            + "a batch with variants carries each recipient's message in substitutions, "
                            + $"and SendGrid accepts at most {MaxSubstitutionBytes} per recipient. Send each version as a batch of its own."
                        : $"Mail batch '{batch.Key}' cannot be sent: the values for {recipient.Email} take {bytes} bytes; "
                            + $"SendGrid accepts at most {MaxSubstitutionBytes} per recipient.",
                    nameof(batch));
            }
        }
    }

    public static SendGridMessage Build(MailBatch batch, BatchTemplate template, IReadOnlyList<MailRecipient> chunk, int chunkIndex,
        EmailAddress from)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(chunk);
        if (batch.HasVariants())
        {
            return BuildWithVariants(batch, template, chunk, chunkIndex, from);
        }

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
        message.CustomArgs = CustomArgs(batch, chunkIndex);
        return message;
    }

    /// <summary>One request for recipients of several versions: every personalization has its own subject and bodies.</summary>
    private static SendGridMessage BuildWithVariants(MailBatch batch, BatchTemplate template, IReadOnlyList<MailRecipient> chunk, int chunkIndex,
        EmailAddress from)
    {
        var message = new SendGridMessage { From = from };

        // Every variant has the parts the main content has (MailBatchRules), so the selectors fit them all.
        if (!string.IsNullOrEmpty(batch.TextBody))
        {
            message.AddContent(MimeType.Text, TextSelector);
        }

        if (!string.IsNullOrEmpty(batch.HtmlBody))
        {
            message.AddContent(MimeType.Html, HtmlSelector);
        }

        message.Personalizations = chunk.Select(r =>
        {
            var mail = template.Render(r);
            return new Personalization
            {
                Tos = [To(r)],
                Subject = mail.Subject,
                Substitutions = Rendered(batch, mail),
            };
        }).ToList();
        message.CustomArgs = CustomArgs(batch, chunkIndex);
        return message;
    }

    /// <summary>
    /// The recipient as SendGrid accepts them: its v3 API refuses a "to" name with a comma or a semicolon (and one such
    /// name fails the whole request, every recipient of the chunk). The roster import refuses such names; this is
    /// the second line: they become spaces here, and a name left empty is left out.
    /// </summary>
    public static EmailAddress To(MailRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var cleaned = string.Join(' ', (recipient.Name ?? "")
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => new string([.. part.Where(c => !char.IsControl(c))]).Trim())
            .Where(part => part.Length > 0));
        return new EmailAddress(recipient.Email, cleaned.Length == 0 ? null : cleaned);
    }

    private static Dictionary<string, string> CustomArgs(MailBatch batch, int chunkIndex) => new()
    {
        [BatchKeyArg] = batch.OpaqueKey(),
        [ChunkArg] = chunkIndex.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A recipient's rendered bodies under the selector tags (only the parts the batch has).</summary>
    private static Dictionary<string, string> Rendered(MailBatch batch, RenderedMail mail)
    {
        var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(batch.TextBody))
        {
            substitutions[TextSelector] = mail.Text;
        }

        if (!string.IsNullOrEmpty(batch.HtmlBody))
        {
            substitutions[HtmlSelector] = mail.Html;
        }

        return substitutions;
    }

    private static Personalization Personalize(MailRecipient recipient, List<string> plain, List<string> html)
    {
        var substitutions = Substitutions(recipient, plain, html);
        return new Personalization
        {
            Tos = [To(recipient)],
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
