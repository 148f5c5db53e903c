namespace Transformation.Platform.Mail;

/// <summary>The three templates of a batch, parsed once.</summary>
public sealed record BatchTemplate(MailTemplate Subject, MailTemplate Text, MailTemplate Html)
{
    public static BatchTemplate Of(MailBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new BatchTemplate(MailTemplate.Parse(batch.Subject), MailTemplate.Parse(batch.TextBody), MailTemplate.Parse(batch.HtmlBody));
    }

    /// <summary>Every placeholder the batch uses, anywhere.</summary>
    public IEnumerable<string> Placeholders => Subject.Placeholders.Union(Text.Placeholders).Union(Html.Placeholders);

    public RenderedMail Render(MailRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var values = recipient.ValuesWithDefaults();
        return new RenderedMail(
            recipient.Email,
            recipient.Name ?? "",
            Subject.Render(values, html: false),
            Text.Render(values, html: false),
            Html.Render(values, html: true));
    }
}
