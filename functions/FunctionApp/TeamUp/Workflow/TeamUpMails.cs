using Transformation.Platform.Localization;
using Transformation.Platform.Mail;

namespace Transformation.TeamUp.Workflow;

/// <summary>The emails of a season, one language per message (the recipient's). Entries and scores stay behind sign-in; mails link there.</summary>
public static class TeamUpMails
{
    public static readonly Text AskSubject = new(
        "【チームアップ・チャレンジ{{season}}】エントリーのお願い（{{division}}）",
        "[Team-Up Challenge {{season}}] Please enter {{division}}");
    public static readonly Text AskBody = new(
        "{{name}} 様\n\nチームアップ・チャレンジ{{season}}が始まりました。{{division}}の運営方針（ミッション・重点事項・チームの働き方）、止める仕事（業務・理由・削減時間）、チームでの取組と成果を、{{deadline}}までにエントリーしてください。"
        + "下書き保存ができ、締切までは提出後も修正できます。\n{{entry}}\n\n提出されたエントリーは締切後、全職員に公開されます。",
        "Dear {{name}},\n\nThe Team-Up Challenge {{season}} has started. Please enter {{division}} by {{deadline}}: your management policy "
        + "(mission, priorities, how the team works), the work you will stop (task, reason, hours a month saved), and your team initiatives with "
        + "their results. Drafts are kept, and a submitted entry can be edited until the deadline.\n{{entry}}\n\nSubmitted entries are published to "
        + "all staff after the deadline.");

    public static readonly Text EntryReminderSubject = new(
        "【リマインド】チームアップ・チャレンジのエントリー締切が近づいています（{{division}}）",
        "[Reminder] The Team-Up Challenge entry of {{division}} is due soon");
    public static readonly Text EntryReminderBody = new(
        "{{name}} 様\n\n{{division}}のエントリーがまだ提出されていません。締切は{{deadline}}です。\n{{entry}}",
        "Dear {{name}},\n\nThe entry of {{division}} has not been submitted yet. It is due by {{deadline}}.\n{{entry}}");

    public static readonly Text PublishedSubject = new(
        "【チームアップ・チャレンジ{{season}}】各課室のエントリーを公開しました",
        "[Team-Up Challenge {{season}}] The divisions' entries are published");
    public static readonly Text PublishedBody = new(
        "{{name}} 様\n\nチームアップ・チャレンジ{{season}}に{{count}}課室がエントリーしました。各課室の運営方針と止める仕事を公開しています。局やキーワードで検索し、良い取組を職場で取り入れてください。\n{{page}}",
        "Dear {{name}},\n\n{{count}} divisions entered the Team-Up Challenge {{season}}. Their management policies and the work they stop are now "
        + "published: search by bureau or keyword and borrow what works.\n{{page}}");

    public static readonly Text JudgingSubject = new("【チームアップ・チャレンジ{{season}}】審査のお願い", "[Team-Up Challenge {{season}}] Please judge the entries");
    public static readonly Text JudgingBody = new(
        "{{name}} 様\n\n審査員として、{{count}}件のエントリーを評価基準ごとに1〜5で採点してください（ご自身の局のエントリーは利益相反のため対象外です）。締切は{{deadline}}です。\n{{judging}}",
        "Dear {{name}},\n\nAs a member of the panel, please score {{count}} entries from 1 to 5 on each criterion (entries of your own bureau are "
        + "not offered: conflict of interest). Judging closes on {{deadline}}.\n{{judging}}");

    public static readonly Text JudgingReminderSubject = new("【リマインド】チームアップ・チャレンジの審査締切が近づいています", "[Reminder] Team-Up Challenge judging closes soon");
    public static readonly Text JudgingReminderBody = new(
        "{{name}} 様\n\n採点が済んでいないエントリーが{{left}}件あります（{{scored}}/{{offered}}件採点済み）。締切は{{deadline}}です。\n{{judging}}",
        "Dear {{name}},\n\n{{left}} entries still wait for your scores ({{scored}} of {{offered}} scored). Judging closes on {{deadline}}.\n"
        + "{{judging}}");

    public static readonly Text ConfirmSubject = new(
        "【チームアップ・チャレンジ{{season}}】審査結果の確認をお願いします",
        "[Team-Up Challenge {{season}}] Please confirm the ranking");
    public static readonly Text ConfirmBody = new(
        "人事課 御中\n\n審査が締め切られ、{{count}}件のエントリーの順位を算出しました。順位を確認のうえ、確定（または理由を付して調整）してください。確定するまで表彰は通知されません。\n{{ranking}}",
        "To HR,\n\nJudging has closed and {{count}} entries are ranked. Please confirm the ranking (or adjust it, giving the reason). Nothing is "
        + "announced until you confirm.\n{{ranking}}");

    public static readonly Text WinnerSubject = new(
        "【チームアップ・チャレンジ{{season}}】{{award}}受賞のお知らせ（{{division}}）",
        "[Team-Up Challenge {{season}}] {{division}} receives the {{award}}");
    public static readonly Text WinnerBody = new(
        "{{name}} 様\n\nおめでとうございます。{{division}}のエントリーがチームアップ・チャレンジ{{season}}の{{award}}に選ばれました。\n{{awards}}",
        "Dear {{name}},\n\nCongratulations: the entry of {{division}} receives the {{award}} of the Team-Up Challenge {{season}}.\n{{awards}}");

    public static readonly Text AwardedSubject = new("【チームアップ・チャレンジ{{season}}】表彰結果のお知らせ", "[Team-Up Challenge {{season}}] The awards");
    public static readonly Text AwardedBody = new(
        "{{name}} 様\n\nチームアップ・チャレンジ{{season}}の表彰が決まりました。\n\n{{winners}}\n\n受賞課室の取組と審査の方法はこちら：\n{{page}}",
        "Dear {{name}},\n\nThe awards of the Team-Up Challenge {{season}} are decided.\n\n{{winners}}\n\nThe winning entries and how they were "
        + "judged:\n{{page}}");

    private static readonly string[] LinkKeys = ["entry", "page", "judging", "ranking", "awards"];

    public static MailBatch Batch(string key, Language language, Text subject, Text body, IReadOnlyList<MailRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var text = body.In(language);
        return new MailBatch(key, subject.In(language), text, MailHtml.FromText(text, LinkKeys), recipients);
    }
}
