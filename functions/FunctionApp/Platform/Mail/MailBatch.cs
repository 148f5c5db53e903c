namespace Transformation.Platform.Mail;

/// <summary>
/// Messages that share one template, each recipient with their own values. Subject and bodies may contain
/// placeholders such as <c>{{link}}</c> and <c>{{name}}</c>: values are inserted as they are into subject and
/// text, HTML-encoded into the HTML body. One batch is one language; a single message is a batch of one.
/// <see cref="Key"/> names the batch for idempotency: sending the same key again sends nothing already sent.
/// </summary>
public sealed record MailBatch(
    string Key,
    string Subject,
    string TextBody,
    string HtmlBody,
    IReadOnlyList<MailRecipient> Recipients)
{
    /// <summary>Recipients in one <c>SendMail</c> activity call; larger sends are split with <see cref="MailChunks.ForActivities"/>.</summary>
    public const int MaxRecipientsPerActivity = 1000;
}
