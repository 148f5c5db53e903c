using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.Overtime.Interviews;

/// <summary>
/// The mails of an interview flag. Subjects name no person and no hours (a subject is read on lock screens and in shared
/// inbox lists); bodies say an interview is required and where it is arranged or recorded, never the hours worked.
/// </summary>
public static class InterviewMails
{
    public static readonly Text PersonSubject = new("【ご案内】医師による面接指導について", "[Notice] A doctor's interview for you");
    public static readonly Text PersonBody = new(
        "{{name}} 様\n\n{{month}}の超過勤務が、人事院規則10-4 に定める医師による面接指導の対象となる水準（{{reason}}）に達しました。\n"
        + "面接指導を受けていただく必要があります。日程は{{office}}（{{officeEmail}}）からご案内しますので、ご不明な点は{{office}}にご相談ください。\n"
        + "面接指導が行われたことは{{office}}が記録します。",
        "Dear {{name}},\n\nYour overtime in {{month}} has reached the level at which the National Personnel Authority's rule 10-4 "
        + "requires a doctor's interview ({{reason}}).\nPlease take part in the interview. {{office}} ({{officeEmail}}) will contact you "
        + "to arrange it; ask them if you have any questions.\n{{office}} records when the interview has taken place.");

    public static readonly Text PersonReminderSubject = new("【リマインド】医師による面接指導について", "[Reminder] A doctor's interview for you");
    public static readonly Text PersonReminderBody = new(
        "{{name}} 様\n\n{{month}}の超過勤務による医師の面接指導が、まだ記録されていません。\n"
        + "{{office}}（{{officeEmail}}）と日程を調整し、面接指導を受けてください。",
        "Dear {{name}},\n\nThe doctor's interview for your overtime in {{month}} has not been recorded yet.\n"
        + "Please arrange it with {{office}} ({{officeEmail}}) and take part.");

    public static readonly Text OfficeSubject = new("【面接指導】対象者が出ました（{{month}}）", "[Doctor's interview] A new case ({{month}})");
    public static readonly Text OfficeBody = new(
        "{{name}} 御中\n\n{{person}} さん（{{division}}）の{{month}}の超過勤務が、医師による面接指導の対象となりました（{{reason}}）。\n"
        + "面接指導を実施し、実施日を次のページで記録してください（サインインが必要です）。\n{{page}}",
        "To {{name}},\n\nThe overtime of {{person}} ({{division}}) in {{month}} calls for a doctor's interview ({{reason}}).\n"
        + "Please hold the interview and record the day it was held on this page (sign-in required):\n{{page}}");

    public static readonly Text OfficeReminderSubject = new("【リマインド】面接指導の記録がありません（{{month}}）",
        "[Reminder] A doctor's interview not recorded ({{month}})");
    public static readonly Text OfficeReminderBody = new(
        "{{name}} 御中\n\n{{person}} さん（{{division}}）の{{month}}分の面接指導が、まだ記録されていません。\n"
        + "実施した場合は、次のページで実施日を記録してください。\n{{page}}",
        "To {{name}},\n\nThe doctor's interview of {{person}} ({{division}}) for {{month}} has not been recorded yet.\n"
        + "Once it is held, record the day on this page:\n{{page}}");

    /// <summary>A batch of one in the reader's language; the HTML is the text with line breaks and the page as a link.</summary>
    public static MailBatch One(string key, Language language, Text subject, Text body, string email, string name,
        IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var text = body.In(language);
        return new MailBatch(key, subject.In(language), text, MailHtml.FromText(text, "page"), [new MailRecipient(email, name, values)]);
    }
}
