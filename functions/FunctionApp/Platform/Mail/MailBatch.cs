namespace Transformation.Platform.Mail;

/// <summary>
/// Messages that share one template, each recipient with their own values. Subject and bodies may contain
/// placeholders such as <c>{{link}}</c> and <c>{{name}}</c>: values are inserted as they are into subject and
/// text, HTML-encoded into the HTML body. A single message is a batch of one.
/// The batch's own subject and bodies are its main content; <see cref="Variants"/> may add other versions of the
/// whole message (e.g. "en" for English readers), and a recipient naming one in <see cref="MailRecipient.Variant"/>
/// gets that version, so readers of several languages share one batch (and one SendGrid request per chunk).
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

    /// <summary>
    /// Other versions of the message by name (letters, digits, <c>_</c> or <c>-</c>; "main" is the batch's own
    /// content). Each must have the parts the main content has (text, HTML). Null or empty: one version for all.
    /// </summary>
    public IReadOnlyDictionary<string, MailContent>? Variants { get; init; }

    /// <summary>
    /// The run that already holds the claim on the batch's chunks (<see cref="MailClaims"/>), when the caller claimed
    /// before it made the batch (survey links must not be issued by a run that will not send them). Never stored.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ClaimOwner { get; init; }

    /// <summary>The batch's own subject and bodies, what a recipient without a variant gets.</summary>
    public MailContent MainContent() => new(Subject, TextBody, HtmlBody);

    /// <summary>
    /// What names the batch outside the app (the mail provider's custom arguments, logs): a one-way digest of
    /// <see cref="Key"/>, which may hold a staff id or a sheet id. Stable, so the provider's events still group by batch.
    /// </summary>
    public string OpaqueKey() => Opaque(Key);

    public static string Opaque(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("mail-batch:" + key)))[..32];

    /// <summary>Whether the batch has versions besides its main content.</summary>
    public bool HasVariants() => Variants is { Count: > 0 };
}
