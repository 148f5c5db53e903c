using System.Net;
using System.Text.RegularExpressions;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.Surveys.Plans;

/// <summary>
/// The emails of the follow-through, one language per message (the recipient's). They carry no scores:
/// the sheet and the plan are behind sign-in, the mail only says what to do and links there.
/// </summary>
public static partial class SurveyPlanMails
{
    public static readonly Text SheetSubject = new("【組織マネジメント実態調査】評価シートとカイゼン策のお願い（{{division}}）",
        "[Staff survey] Your feedback sheet and improvement plan ({{division}})");
    public static readonly Text SheetBody = new(
        "{{name}} 様\n\n{{cycle}}年度 組織マネジメント実態調査の結果がまとまりました。{{division}}の評価シートはこちらです。\n{{sheet}}\n\n"
            + "結果を課室内で話し合い、{{deadline}}までにカイゼン策（改善計画：対象とする設問、"
                + "取組、担当者、期限、目標値）を提出してください。\n{{plan}}",
        "Dear {{name}},\n\nThe results of the {{cycle}} staff survey are ready. The feedback sheet of {{division}} is here:\n{{sheet}}\n\n"
            + "Please discuss it in your division and submit an improvement plan (targeted items, actions, owners, due dates, target scores) "
            + "by {{deadline}}:\n{{plan}}");

    public static readonly Text SuppressedSubject = new(
        "【組織マネジメント実態調査】カイゼン策のお願い（{{division}}）",
        "[Staff survey] Improvement plan for {{division}}");
    public static readonly Text SuppressedBody = new(
        "{{name}} 様\n\n{{cycle}}年度 組織マネジメント実態調査では、{{reason}}\n{{reference}}\n\n"
        + "それでも課室としてのカイゼン策は必要です。上記を参考に、{{deadline}}までに提出してください。\n{{plan}}",
        "Dear {{name}},\n\nIn the {{cycle}} staff survey, {{reason}}\n{{reference}}\n\n"
        + "An improvement plan is still expected from every division. Please use the results above and submit it by {{deadline}}:\n{{plan}}");

    /// <summary>Why the division has no sheet, in words that are true for it (the reason aggregation recorded).</summary>
    public static readonly Text TooFewReason = new(
        "{{division}}の回答者が匿名性を守るための最低人数（{{minimum}}人）に達しなかったため、課室単位の評価シートは作成していません。",
        "{{division}} had fewer respondents than the minimum that protects anonymity ({{minimum}}), so there is no feedback sheet for it alone.");

    public static readonly Text ProtectsReason = new(
        "{{division}}の回答者数は最低人数（{{minimum}}人）"
            + "に達していましたが、回答者が少ない別の組織の結果が公表済みの数値の差し引きで分からないよう、"
        + "{{division}}の結果も表示していません。そのため課室単位の評価シートはありません。",
        "{{division}} had enough respondents ({{minimum}} or more), but its results are not shown so that the results of another group with too few "
        + "respondents cannot be worked out by subtracting published figures; so there is no feedback sheet for it alone.");

    public static readonly Text HiddenReason = new(
        "匿名性を守るため{{division}}の結果は表示していないので、課室単位の評価シートはありません。",
        "the results of {{division}} are not shown, to protect anonymity, so there is no feedback sheet for it alone.");

    public static readonly Text BureauReference = new("所属局の評価シートを参考にしてください（課室長として閲覧できます）：{{sheet}}",
        "Please work from your bureau's feedback sheet (you may open it as the division's head): {{sheet}}");

    public static readonly Text MinistryReference = new("所属局の結果も表示されていないため、全省の結果を参考にしてください：{{sheet}}",
        "Your bureau's results are not shown either; please work from the ministry-wide results: {{sheet}}");

    public static readonly Text ReminderSubject = new("【リマインド】カイゼン策の提出期限が近づいています（{{division}}）",
        "[Reminder] The improvement plan of {{division}} is due soon");
    public static readonly Text ReminderBody = new(
        "{{name}} 様\n\n{{division}}のカイゼン策がまだ提出されていません。提出期限は{{deadline}}です。\n{{plan}}",
        "Dear {{name}},\n\nThe improvement plan of {{division}} has not been submitted yet. It is due by {{deadline}}.\n{{plan}}");

    public static readonly Text EscalationSubject = new("【期限超過】カイゼン策が未提出の課室があります（{{bureau}}）",
        "[Overdue] Improvement plans not submitted ({{bureau}})");
    public static readonly Text EscalationBody = new(
        "{{name}} 様\n\n{{deadline}}の期限までにカイゼン策が提出されていない課室があります。"
            + "課室長への働きかけをお願いします。\n\n{{divisions}}\n\n提出状況：{{list}}",
        "Dear {{name}},\n\nThese divisions of {{bureau}} have not submitted their improvement plan by the deadline ({{deadline}}). "
            + "Please follow up with their heads.\n\n{{divisions}}\n\nStatus of all plans: {{list}}");

    public static readonly Text ProgressSubject = new("【中間報告のお願い】カイゼン策の進捗（{{division}}）",
        "[Mid-term report] Progress of the improvement plan of {{division}}");
    public static readonly Text ProgressBody = new(
        "{{name}} 様\n\nカイゼン策の実施期間の中間点となりました。"
            + "取組ごとに状況（未着手・実施中・完了・保留・中止）とメモを報告してください。\n{{plan}}",
        "Dear {{name}},\n\nYour improvement plan has reached mid-term. "
            + "Please report on each action: its status (not started, in progress, done, on hold, cancelled) and a note.\n{{plan}}");

    /// <summary>The reason to give a head whose division is hidden; results stored before reasons were recorded get the general one.</summary>
    public static Text Reason(Results.SuppressionReason? reason) => reason switch
    {
        Results.SuppressionReason.TooFewRespondents => TooFewReason,
        Results.SuppressionReason.ProtectsAnotherGroup => ProtectsReason,
        _ => HiddenReason,
    };

    /// <summary>A message of one, in the recipient's language; the HTML body is the text with line breaks and clickable links.</summary>
    public static MailBatch One(string key, Language language, Text subject, Text body, string email, string name, IReadOnlyDictionary<string,
        string> values)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(values);
        values = new Dictionary<string, string>(values, StringComparer.Ordinal) { ["name"] = name };
        var text = Fill(body.In(language), values);
        var html = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><p>"
            + Url().Replace(WebUtility.HtmlEncode(text), m => $"<a href=\"{m.Value}\">{m.Value}</a>").Replace("\n", "<br>\n",
                StringComparison.Ordinal)
            + "</p></body></html>";
        return new MailBatch(key, Fill(subject.In(language), values), text, html, [new MailRecipient(email, name, new Dictionary<string, string>())]);
    }

    /// <summary>Values go in before sending: one of them (a reference) holds a line with its own placeholder.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var result = template;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (key, value) in values)
            {
                result = result.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
            }
        }

        return result;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();
}
