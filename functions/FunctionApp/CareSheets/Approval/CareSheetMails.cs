using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.CareSheets.Approval;

/// <summary>
/// The emails of the sheet workflow, one language per message (the recipient's). They never carry the
/// sheet's content (family and health information stays in the app, behind the link or sign-in).
/// </summary>
public static class CareSheetMails
{
    public static readonly Text RequestSubject = new("【承認依頼】{{kind}}（{{employee}}さん）", "[Approval request] {{kind}} from {{employee}}");
    public static readonly Text RequestBody = new(
        "{{name}} 様\n\n{{employee}} さんから{{kind}}が提出されました（第{{version}}版）。\n内容を確認し、承認・差戻し・却下のいずれかを選んでください。\n\n"
        + "{{link}}\n\nこのリンクは{{expires}}まで有効で、一度だけ使用できます。アプリにサインインして判断することもできます：\n{{sheet}}",
        "Dear {{name}},\n\n{{employee}} has submitted a {{kind}} (version {{version}}).\n"
        + "Please review it and approve it, return it for revision, or decline it.\n\n{{link}}\n\n"
        + "This link works once, until {{expires}}. You can also decide after signing in to the app:\n{{sheet}}");

    public static readonly Text ReminderSubject = new("【リマインド】{{kind}}の承認をお願いします（{{employee}}さん）",
        "[Reminder] {{kind}} from {{employee}} awaits your decision");
    public static readonly Text ReminderBody = new(
        "{{name}} 様\n\n{{employee}} さんの{{kind}}（第{{version}}版）がまだ判断されていません。\n\n{{link}}\n\nこのリンクは{{expires}}まで有効で、一度だけ使用できます。",
        "Dear {{name}},\n\nThe {{kind}} of {{employee}} (version {{version}}) still awaits your decision.\n\n"
        + "{{link}}\n\nThis link works once, until {{expires}}.");

    public static readonly Text EscalationSubject = new("【承認依頼（上位者）】{{kind}}（{{employee}}さん）",
        "[Escalated approval request] {{kind}} from {{employee}}");
    public static readonly Text EscalationBody = new(
        "{{name}} 様\n\n{{employee}} さんの{{kind}}（第{{version}}版）について、{{approver}} さんの判断が期限までにありませんでした。\n"
        + "代わりに判断をお願いします（先に判断された方の結果が有効になります）。\n\n{{link}}\n\nこのリンクは{{expires}}まで有効で、一度だけ使用できます。",
        "Dear {{name}},\n\n"
        + "{{approver}} has not decided on the {{kind}} of {{employee}} (version {{version}}) in time.\n"
        + "Please decide in their place (whichever decision comes first counts).\n\n{{link}}\n\n"
        + "This link works once, until {{expires}}.");

    public static readonly Text ReturnedSubject = new("【差戻し】{{kind}}が差し戻されました", "[Returned] Your {{kind}} was returned for revision");
    public static readonly Text ReturnedBody = new(
        "{{name}} 様\n\n{{kind}}（第{{version}}版）が {{decider}} さんにより差し戻されました。\n\nコメント：\n{{comment}}\n\n"
        + "次のページで内容を修正して再提出してください（サインインが必要です）。\n{{edit}}\n\n提出したシートの一覧：\n{{page}}",
        "Dear {{name}},\n\nYour {{kind}} (version {{version}}) was returned for revision by {{decider}}.\n\n"
        + "Comment:\n{{comment}}\n\nPlease revise it and submit it again on this page (sign-in required):\n"
        + "{{edit}}\n\nYour sheets:\n{{page}}");

    public static readonly Text ApprovedSubject = new("【承認】{{kind}}が承認されました", "[Approved] Your {{kind}} was approved");
    public static readonly Text ApprovedBody = new(
        "{{name}} 様\n\n{{kind}}（第{{version}}版）が {{decider}} さんにより承認されました。\n期間：{{period}}\n\n{{page}}",
        "Dear {{name}},\n\nYour {{kind}} (version {{version}}) was approved by {{decider}}.\nPeriod: {{period}}\n\n{{page}}");

    public static readonly Text DeclinedSubject = new("【却下】{{kind}}が却下されました", "[Declined] Your {{kind}} was declined");
    public static readonly Text DeclinedBody = new(
        "{{name}} 様\n\n{{kind}}（第{{version}}版）が {{decider}} さんにより却下されました。\n\nコメント：\n{{comment}}\n\nご不明な点は人事課にご相談ください。\n{{page}}",
        "Dear {{name}},\n\nYour {{kind}} (version {{version}}) was declined by {{decider}}.\n\nComment:\n"
        + "{{comment}}\n\nIf you have questions, please talk to the HR office.\n{{page}}");

    public static readonly Text HrSubject = new("【通知】{{kind}}：{{state}}（{{employee}}さん・{{bureau}}）",
        "[Notice] {{kind}}: {{state}} ({{employee}}, {{bureau}})");
    public static readonly Text HrBody = new(
        "{{name}} 御中\n\n"
        + "{{employee}} さん（{{bureau}}）の{{kind}}（第{{version}}版）が{{state}}となりました（判断者：{{decider}}）。\n"
        + "期間：{{period}}\n\n内容はアプリで確認できます。\n{{page}}",
        "To {{name}},\n\n"
        + "The {{kind}} of {{employee}} ({{bureau}}, version {{version}}) is now: {{state}} (decided by {{decider}}).\n"
        + "Period: {{period}}\n\nThe sheet can be read in the app.\n{{page}}");

    public static readonly Text StalledSubject = new("【要対応】{{kind}}の承認が止まっています（{{employee}}さん・{{bureau}}）",
        "[Action needed] The {{kind}} of {{employee}} ({{bureau}}) awaits a decision nobody is making");
    public static readonly Text StalledBody = new(
        "{{name}} 御中\n\n{{employee}} さん（{{bureau}}）の{{kind}}（第{{version}}版）は、{{why}}\n"
            + "シートを確認し、承認者（または、その上位者）に判断を促してください。\n{{page}}",
        "To {{name}},\n\nThe {{kind}} of {{employee}} ({{bureau}}, version {{version}}): {{why}}\n"
            + "Please read the sheet and ask the approver (or someone above them) to decide.\n{{page}}");
    public static readonly Text NobodyAbove = new(
        "承認者の上位者が名簿にいないため、期限を過ぎても上位者に回せません。",
        "the approver has nobody above them in the roster, so it cannot be escalated past its deadline.");
    public static readonly Text EscalatedIdle = new("上位者に回しましたが、まだ判断されていません。",
        "it was escalated, and the approvers have still not decided.");

    public static readonly Text WithdrawnSubject = new("【取下げ】{{kind}}が取り下げられました（{{employee}}さん）",
        "[Withdrawn] {{kind}} from {{employee}} was withdrawn");
    public static readonly Text WithdrawnBody = new(
        "{{name}} 様\n\n{{employee}} さんが{{kind}}（第{{version}}版）を取り下げました。対応は不要です。お送りしたリンクは無効になりました。",
        "Dear {{name}},\n\n"
        + "{{employee}} has withdrawn the {{kind}} (version {{version}}). No action is needed; the links you were "
        + "sent no longer work.");

    /// <summary>A batch of one, in the recipient's language. The HTML body is the text with line breaks and clickable links.</summary>
    public static MailBatch One(string key, Language language, Text subject, Text body, string email, string name, IReadOnlyDictionary<string,
        string> values)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var text = body.In(language);
        var html = MailHtml.FromText(text, "link", "page", "edit", "sheet");
        return new MailBatch(key, subject.In(language), text, html, [new MailRecipient(email, name, values)]);
    }
}
