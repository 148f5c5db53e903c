namespace Transformation.Platform.Mail;

/// <summary>
/// Subject and bodies of one version of a batch's message (for instance its English version), with the same
/// <c>{{name}}</c> placeholders a <see cref="MailBatch"/>'s own subject and bodies may contain.
/// </summary>
public sealed record MailContent(string Subject, string TextBody, string HtmlBody);
