namespace Transformation.Platform.Mail;

/// <summary>
/// The three templates of a batch's main content, parsed once, and those of each of its variants
/// (<see cref="MailBatch.Variants"/>, each without variants of its own).
/// </summary>
public sealed record BatchTemplate(MailTemplate Subject, MailTemplate Text, MailTemplate Html)
{
    private static readonly IReadOnlyDictionary<string, BatchTemplate> NoVariants = new Dictionary<string, BatchTemplate>(StringComparer.Ordinal);

    /// <summary>The variants' templates by name; empty for a batch of one version.</summary>
    public IReadOnlyDictionary<string, BatchTemplate> Variants { get; init; } = NoVariants;

    public static BatchTemplate Of(MailBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var main = Of(batch.MainContent());
        return batch.HasVariants()
            ? main with
            {
                // A variant without content is left out here and refused by MailBatchRules.Validate.
                Variants = batch.Variants!
                    .Where(v => v.Key is not null && v.Value is not null)
                    .ToDictionary(v => v.Key, v => Of(v.Value), StringComparer.Ordinal),
            }
            : main;
    }

    public static BatchTemplate Of(MailContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new BatchTemplate(MailTemplate.Parse(content.Subject), MailTemplate.Parse(content.TextBody), MailTemplate.Parse(content.HtmlBody));
    }

    /// <summary>Every placeholder this content uses, anywhere (a variant's are in its own template).</summary>
    public IEnumerable<string> Placeholders => Subject.Placeholders.Union(Text.Placeholders).Union(Html.Placeholders);

    /// <summary>The templates the recipient gets: their variant's, or the main content's when they name none.</summary>
    public BatchTemplate For(MailRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return recipient.Variant is not { } variant
            ? this
            : Variants.TryGetValue(variant, out var own)
                ? own
                : throw new ArgumentException($"Recipient {recipient.Email} is to get variant '{variant}', which the batch does not have.",
                    nameof(recipient));
    }

    /// <summary>The recipient's message, in their variant.</summary>
    public RenderedMail Render(MailRecipient recipient)
    {
        var own = For(recipient);
        var values = recipient.ValuesWithDefaults();
        return new RenderedMail(
            recipient.Email,
            recipient.Name ?? "",
            own.Subject.Render(values, html: false),
            own.Text.Render(values, html: false),
            own.Html.Render(values, html: true));
    }
}
