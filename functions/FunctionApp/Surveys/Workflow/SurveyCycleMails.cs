using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.Surveys.Workflow;

/// <summary>The cycle's bulk emails: one batch per chunk for both languages, each person in their language with their own values (their
/// link).</summary>
public static class SurveyCycleMails
{
    public static readonly Text InvitationSubject = new("【組織マネジメント実態調査】{{cycle}}年度 回答のお願い",
        "[Organisational survey {{cycle}}] Please give us your view");
    public static readonly Text InvitationBody = new(
        "{{name}} 様\n\n{{cycle}}年度の組織マネジメント実態調査へのご協力をお願いします。仕事・職場・組織について約60項目、15分ほどで回答できます。"
        + "\n回答は匿名で集計され、個人が特定される形で公表されることはありません。途中で保存して後から続けられます。"
        + "\n\n{{link}}\n\n回答期限：{{deadline}}（日本時間）\nこのリンクはあなた専用です。転送しないでください。",
        "Dear {{name}},\n\nPlease take part in the {{cycle}} organisational survey: "
        + "about 60 items on your work, your workplace and the organisation, around 15 minutes."
        + "\nAnswers are counted anonymously and never published in a way that identifies anyone. You can save and come back later."
        + "\n\n{{link}}\n\nPlease answer by {{deadline}} (Japan time).\nThis link is yours alone; please do not forward it.");

    public static readonly Text ReminderSubject = new("【リマインド】組織マネジメント実態調査（{{cycle}}年度）の回答期限は{{deadline}}です",
        "[Reminder] The {{cycle}} organisational survey closes on {{deadline}}");
    public static readonly Text ReminderBody = new(
        "{{name}} 様\n\n組織マネジメント実態調査（{{cycle}}年度）にまだ回答されていないようです。保存した回答はそのまま引き継がれます。"
        + "\n\n{{link}}\n\n回答期限：{{deadline}}（日本時間）\n以前お送りしたリンクは使えなくなりました。このリンクをお使いください。",
        "Dear {{name}},\n\nWe have not yet received your answers to the {{cycle}} organisational survey. Anything you saved is kept."
        + "\n\n{{link}}\n\nPlease answer by {{deadline}} (Japan time).\nThe link we sent earlier no longer works; please use this one.");

    public static readonly Text ResendSubject = new("【組織マネジメント実態調査】{{cycle}}年度 回答用リンクの再送",
        "[Organisational survey {{cycle}}] Your answer link, sent again");
    public static readonly Text ResendBody = new(
        "{{name}} 様\n\nご依頼により、組織マネジメント実態調査（{{cycle}}年度）の回答用リンクを再送します。保存した回答はそのまま引き継がれます。"
        + "\n\n{{link}}\n\n回答期限：{{deadline}}（日本時間）\n以前お送りしたリンクは使えなくなりました。このリンクはあなた専用です。転送しないでください。",
        "Dear {{name}},\n\nAs you asked, here is your answer link for the {{cycle}} organisational survey again. Anything you saved is kept."
        + "\n\n{{link}}\n\nPlease answer by {{deadline}} (Japan time).\nThe link we sent earlier no longer works. This link is yours alone; "
        + "please do not forward it.");

    public static readonly Text ResultsSubject = new("【結果公表】組織マネジメント実態調査（{{cycle}}年度）の全省結果",
        "[Results] The {{cycle}} organisational survey: ministry-wide results");
    public static readonly Text ResultsBody = new(
        "{{name}} 様\n\n組織マネジメント実態調査（{{cycle}}年度）にご協力いただきありがとうございました。全省の結果を公表します（回答率 {{rate}}）。"
        + "\n\n{{page}}\n\n各局・各課室の評価シートは、各課室長にお送りします。",
        "Dear {{name}},\n\nThank you for taking part in the {{cycle}} organisational survey. "
        + "The ministry-wide results are now published (response rate {{rate}})."
        + "\n\n{{page}}\n\nEach division head will receive their division's feedback sheet.");

    /// <summary>The variant English readers get; Japanese is a batch's main content.</summary>
    public const string EnglishVariant = "en";

    /// <summary>
    /// One batch for readers of both languages: the Japanese text as the main content, the English text as the
    /// variant <see cref="EnglishVariant"/>; give each recipient <see cref="VariantOf"/> their language.
    /// </summary>
    public static MailBatch Batch(string key, Text subject, Text body, IReadOnlyList<MailRecipient> recipients)
    {
        var ja = Content(Language.Ja, subject, body);
        return new MailBatch(key, ja.Subject, ja.TextBody, ja.HtmlBody, recipients)
        {
            Variants = new Dictionary<string, MailContent>(StringComparer.Ordinal) { [EnglishVariant] = Content(Language.En, subject, body) },
        };
    }

    /// <summary>The variant a reader of <paramref name="language"/> gets in a <see cref="Batch"/>.</summary>
    public static string? VariantOf(Language language) => language == Language.En ? EnglishVariant : null;

    /// <summary>The message in one language. The HTML body is the text with line breaks and clickable links.</summary>
    public static MailContent Content(Language language, Text subject, Text body)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var text = body.In(language);
        var html = MailHtml.FromText(text, "link", "page");
        return new MailContent(subject.In(language), text, html);
    }
}
