using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.Overtime.Decisions;

/// <summary>
/// The mails of a request, one language per message (the recipient's). Subjects carry no hours and no tasks; the tasks
/// never leave the app (the approver reads them behind the link or after signing in).
/// </summary>
public static class OvertimeMails
{
    public static readonly Text RequestSubject = new("【超過勤務の事前確認】{{employee}}さん（{{day}}）", "[Overtime request] {{employee}} ({{day}})");
    public static readonly Text RequestBody = new(
        "{{name}} 様\n\n{{employee}} さんから本日（{{day}}）の超過勤務の事前確認の申請がありました。\n"
        + "当日の業務・目標終了時刻・見込み時間と、今月・今年度の累計と上限を確認し、承認または不承認を選んでください。\n\n{{link}}\n\n"
        + "{{due}}までに判断されない場合、この申請は承認されなかったものとして申請者に通知されます。"
        + "このリンクは一度だけ使用できます。アプリにサインインして判断することもできます：\n{{page}}",
        "Dear {{name}},\n\n{{employee}} has asked for overtime today ({{day}}).\n"
        + "Please read the tasks, the target end time and the estimate against the month's and the year's totals and caps, "
        + "and approve or decline it.\n\n{{link}}\n\n"
        + "If it is not decided by {{due}}, the requester is told it was not approved. "
        + "This link works once. You can also decide after signing in to the app:\n{{page}}");

    public static readonly Text ApprovedSubject = new("【承認】超過勤務（{{day}}）が承認されました", "[Approved] Your overtime on {{day}} was approved");
    public static readonly Text ApprovedBody = new(
        "{{name}} 様\n\n{{day}}の超過勤務が {{decider}} さんにより承認されました。\n{{special}}"
        + "翌勤務日に、実際の終了時刻を記録してください：\n{{page}}",
        "Dear {{name}},\n\nYour overtime on {{day}} was approved by {{decider}}.\n{{special}}"
        + "On the next working day, please record the time you actually finished:\n{{page}}");
    public static readonly Text SpecialLine = new("（特例業務として承認されました）\n\n", "(Approved as special duty.)\n\n");

    public static readonly Text DeclinedSubject = new("【不承認】超過勤務（{{day}}）は承認されませんでした", "[Declined] Your overtime on {{day}} was declined");
    public static readonly Text DeclinedBody = new(
        "{{name}} 様\n\n{{day}}の超過勤務は {{decider}} さんにより承認されませんでした。\n\nコメント：\n{{comment}}\n\n{{page}}",
        "Dear {{name}},\n\nYour overtime on {{day}} was declined by {{decider}}.\n\nComment:\n{{comment}}\n\n{{page}}");

    public static readonly Text LapsedSubject = new("【未承認】超過勤務（{{day}}）は承認されませんでした",
        "[Not approved] Your overtime on {{day}} was not approved");
    public static readonly Text LapsedBody = new(
        "{{name}} 様\n\n{{day}}の超過勤務の申請は、正規の勤務時間の終了（{{due}}）までに判断されなかったため、承認されていません。"
        + "超過勤務は命じられていません。\n\n{{page}}",
        "Dear {{name}},\n\nYour overtime request for {{day}} was not decided by the end of regular hours ({{due}}), so it was not "
        + "approved: no overtime was ordered.\n\n{{page}}");

    public static readonly Text SpecialDutySubject = new("【特例業務】上限を超える超過勤務が承認されました（{{division}}）",
        "[Special duty] Overtime beyond a cap was approved ({{division}})");
    public static readonly Text SpecialDutyBody = new(
        "{{name}} 御中\n\n{{employee}} さん（{{division}}）の{{day}}の超過勤務が、上限を超えるため特例業務として {{decider}} さんにより承認されました。\n"
        + "理由：\n{{reason}}\n\n人事院規則15-14第16条の2の2第3項により、要因の整理・分析・検証を{{analysis}}までに行ってください。\n{{page}}",
        "To {{name}},\n\nOvertime of {{employee}} ({{division}}) on {{day}} goes beyond a cap and was approved as special duty by "
        + "{{decider}}.\nReason:\n{{reason}}\n\nUnder NPA Rule 15-14 Art. 16-2-2(3), the analysis of why (factors, analysis and review) is "
        + "due by {{analysis}}.\n{{page}}");

    public static readonly Text ActualSubject = new("【実績の記録】超過勤務（{{day}}）の終了時刻を記録してください",
        "[Record the actual] When did your overtime on {{day}} end?");
    public static readonly Text ActualBody = new(
        "{{name}} 様\n\n{{day}}に承認された超過勤務の、実際の終了時刻を記録してください（累計は実績で計算されます）。\n{{page}}",
        "Dear {{name}},\n\nPlease record when the overtime approved for {{day}} actually ended (the totals count actual hours).\n{{page}}");

    /// <summary>A batch of one, in the recipient's language; the HTML body is the text with its links clickable.</summary>
    public static MailBatch One(string key, Language language, Text subject, Text body, string email, string name,
        IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var text = body.In(language);
        return new MailBatch(key, subject.In(language), text, MailHtml.FromText(text, "link", "page"), [new MailRecipient(email, name, values)]);
    }
}
