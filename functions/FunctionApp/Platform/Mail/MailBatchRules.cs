using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Transformation.Platform.Mail;

/// <summary>
/// Checks a whole batch before anything is sent, so a bad batch fails at once instead of after half of it went out.
/// </summary>
public static partial class MailBatchRules
{
    /// <summary>The name that stands for the batch's own content; no variant may take it.</summary>
    public const string MainVariant = "main";

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

        ValidateVariants(batch);
        var placeholders = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [""] = template.Placeholders.ToList() };
        for (var i = 0; i < batch.Recipients.Count; i++)
        {
            var recipient = batch.Recipients[i] ?? throw Invalid(batch, $"recipient {i} is missing.");
            if (!IsAddress(recipient.Email))
            {
                throw Invalid(batch, $"recipient {i} has no valid email address ('{recipient.Email}').");
            }

            if (recipient.Variant is { } variant && !template.Variants.ContainsKey(variant))
            {
                throw Invalid(batch,
                    $"recipient {i} ({recipient.Email}) is to get variant '{variant}', which the batch does not have ({Known(batch)}).");
            }

            var own = template.For(recipient);
            var values = recipient.ValuesWithDefaults();
            var used = placeholders.TryGetValue(recipient.Variant ?? "",
                out var found) ? found : placeholders[recipient.Variant!] = own.Placeholders.ToList();
            var missing = used.FirstOrDefault(p => !values.ContainsKey(p));
            if (missing is not null)
            {
                var where = recipient.Variant is null ? "" : $" (used in variant '{recipient.Variant}')";
                throw Invalid(batch, $"recipient {i} ({recipient.Email}) has no value for {MailTemplate.Tag(missing)}{where}.");
            }

            var length = own.Text.RenderedLength(values, html: false) + own.Html.RenderedLength(values, html: true);
            if (length > MaxBodyCharacters)
            {
                throw Invalid(batch, $"the message to recipient {i} ({recipient.Email}) would be {length} characters long; "
                    + $"at most {MaxBodyCharacters} (text and HTML together) can be sent.");
            }
        }
    }

    /// <summary>
    /// Each variant has a usable name, a subject, and the parts the main content has: a request carries one text
    /// and one HTML part for all its recipients, so a version without one of them cannot share it.
    /// </summary>
    private static void ValidateVariants(MailBatch batch)
    {
        if (batch.Variants is null)
        {
            return;
        }

        foreach (var (name, content) in batch.Variants)
        {
            if (name is null || !VariantName().IsMatch(name) || string.Equals(name, MainVariant, StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid(batch,
                    $"variant name '{name}' is not usable: 1 to 32 letters, digits, '_' or '-', starting with a letter, and not '{MainVariant}'.");
            }

            if (content is null)
            {
                throw Invalid(batch, $"variant '{name}' has no content.");
            }

            if (string.IsNullOrWhiteSpace(content.Subject))
            {
                throw Invalid(batch, $"the subject of variant '{name}' is empty.");
            }

            if (string.IsNullOrEmpty(content.TextBody) != string.IsNullOrEmpty(batch.TextBody)
                || string.IsNullOrEmpty(content.HtmlBody) != string.IsNullOrEmpty(batch.HtmlBody))
            {
                throw Invalid(batch, $"variant '{name}' has {Parts(content)} but the main content has {Parts(batch.MainContent())}; "
                    + "every variant needs the same parts.");
            }
        }
    }

    private static string Parts(MailContent content) =>
        (string.IsNullOrEmpty(content.TextBody), string.IsNullOrEmpty(content.HtmlBody)) switch
        {
            (false, false) => "a text and an HTML body",
            (false, true) => "only a text body",
            (true, false) => "only an HTML body",
            _ => "no body",
        };

    private static string Known(MailBatch batch) =>
        batch.HasVariants() ? "variants: " + string.Join(", ", batch.Variants!.Keys.Order(StringComparer.Ordinal)) : "no variants";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex VariantName();

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
