using Transformation.Platform.Localization;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>The texts of the 360 nomination: the subject's nomination page, HR's subjects page, the nomination mail and the rules' errors.</summary>
public static class ThreeSixtyNominationTexts
{
    public static readonly Text NotInRoster = new("「{0}」は名簿に見つかりません。職員番号またはメールアドレスを確認してください。",
        "\"{0}\" is not in the roster. Check the staff number or e-mail address.");
    public static readonly Text NotYourself = new("ご自身は同僚として選べません（本人として回答します）。",
        "You cannot choose yourself as a peer (you answer as yourself).");
    public static readonly Text NotYourSupervisor = new("{0}さんはあなたの上司として回答するため、同僚には選べません。",
        "{0} rates you as your supervisor and cannot also be a peer.");
    public static readonly Text NotYourSubordinate = new("{0}さんはあなたの部下として回答するため、同僚には選べません。",
        "{0} rates you as your subordinate and cannot also be a peer.");
    public static readonly Text PeerCount = new("同僚は{0}人以上{1}人以下で選んでください（いま{2}人）。",
        "Choose between {0} and {1} peers (you chose {2}).");

    public static readonly Text NominationTitle = new("360度調査：同僚の指名（{0}年度）", "360-degree survey: nominate your peers ({0})");
    public static readonly Text NominationIntro = new(
        "あなたのマネジメントについて、本人・上司・部下に加えて、日頃一緒に仕事をする同僚{0}〜{1}人に回答をお願いします。"
        + "回答は匿名で集計され、3人未満の区分は結果に表示されません。",
        "Besides yourself, your supervisor and your subordinates, {0} to {1} peers who work with you will be asked about your "
        + "management. Answers are anonymous, and a group of fewer than three is never shown.");
    public static readonly Text Deadline = new("指名の期限", "Nominate by");
    public static readonly Text DeadlineValue = new("{0}（日本時間）", "{0} (Japan time)");
    public static readonly Text CurrentList = new("現在の同僚リスト", "Your peer list now");
    public static readonly Text NotNominated = new("まだ指名していません。期限までに指名しない場合は、次の方々が同僚として提案されます。",
        "You have not nominated anyone yet. If you do not nominate by the deadline, the following people will be proposed.");
    public static readonly Text NoProposal = new("提案できる同僚（同じ上司の部下）がいません。期限までに指名してください。",
        "There is no one to propose (nobody else reports to your supervisor). Please nominate by the deadline.");
    public static readonly Text Colleagues = new("同じ局の職員から選ぶ", "Choose from your bureau");
    public static readonly Text Others = new("ほかの職員（職員番号またはメールアドレス。複数は改行・空白・カンマで区切る）",
        "Others (staff numbers or e-mail addresses, separated by new lines, spaces or commas)");
    public static readonly Text Save = new("同僚リストを保存する", "Save my peer list");
    public static readonly Text Saved = new("同僚リストを保存しました。期限まではいつでも変更できます。",
        "Your peer list was saved. You can change it until the deadline.");
    public static readonly Text Closed = new("指名の期限を過ぎたため、同僚リストは変更できません。",
        "The nomination deadline has passed; your peer list can no longer be changed.");
    public static readonly Text Locked = new("人事課が同僚リストを確定したため、変更できません。",
        "HR has locked your peer list; it can no longer be changed.");
    public static readonly Text NotASubject = new("この調査の対象者ではありません", "You are not a subject of this survey");
    public static readonly Text NotASubjectMessage = new("360度調査の同僚指名は、対象者ご本人だけが行えます。",
        "Only the subjects of the 360-degree survey nominate peers.");
    public static readonly Text Name = new("氏名", "Name");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Grade = new("役職", "Grade");

    public static readonly Text SubjectsTitle = new("360度調査：対象者と同僚リスト（{0}年度）", "360-degree survey: subjects and peer lists ({0})");
    public static readonly Text SubjectsIntro = new("同僚の指名期間中は、対象者の追加・除外と同僚リストの確定ができます。"
        + "同僚が{0}人未満のリストは強調表示されます（3人未満の区分は結果に表示されません）。",
        "While peers are being nominated you can add or remove subjects and lock peer lists. "
        + "Lists with fewer than {0} peers are highlighted (a group under three is never shown in a report).");
    public static readonly Text SubjectsCount = new("対象者 {0}人（除外 {1}人）", "{0} subjects ({1} removed)");
    public static readonly Text Peers = new("同僚の人数", "Peers");
    public static readonly Text HowSet = new("決め方", "How set");
    public static readonly Text State = new("状態", "State");
    public static readonly Text Actions = new("操作", "Actions");
    public static readonly Text ByNomination = new("本人が指名", "Nominated");
    public static readonly Text ByProposal = new("システムが提案", "Proposed");
    public static readonly Text NotYet = new("未指名（提案{0}人の予定）", "Not yet (would propose {0})");
    public static readonly Text IsLocked = new("確定", "Locked");
    public static readonly Text IsOpen = new("変更可", "Open");
    public static readonly Text IsRemoved = new("除外", "Removed");
    public static readonly Text AddedByHr = new("人事課が追加", "Added by HR");
    public static readonly Text BelowMinimum = new("{0}人未満", "under {0}");
    public static readonly Text Add = new("対象者を追加する", "Add a subject");
    public static readonly Text StaffNumber = new("職員番号", "Staff number");
    public static readonly Text Remove = new("除外する", "Remove");
    public static readonly Text Restore = new("対象に戻す", "Restore");
    public static readonly Text Lock = new("確定する", "Lock");
    public static readonly Text LockAll = new("すべての同僚リストを確定する", "Lock every peer list");
    public static readonly Text LockAllHelp = new("確定すると対象者は同僚リストを変更できません。未指名の対象者には提案したリストを確定します。",
        "Once locked, subjects cannot change their lists. A subject who has not nominated gets the proposed list, locked.");
    public static readonly Text Added = new(
        "対象者を追加し、指名のお願いをメールで送りました。",
        "The subject was added and mailed the nomination request.");
    public static readonly Text Removed = new("対象者を除外しました。", "The subject was removed.");
    public static readonly Text Restored = new("対象者を元に戻しました。", "The subject was restored.");
    public static readonly Text LockedOne = new("同僚リストを確定しました。", "The peer list was locked.");
    public static readonly Text LockedAll = new("すべての同僚リストを確定しました。", "Every peer list was locked.");
    public static readonly Text AlreadySubject = new("この職員はすでに対象者です。", "This person is already a subject.");
    public static readonly Text StaffNotFound = new(
        "この職員番号は、この調査の名簿にありません。",
        "This staff number is not in the survey's roster.");
    public static readonly Text StaffNumberNeeded = new("職員番号を入力してください。", "Enter a staff number.");
    public static readonly Text NotNominating = new("同僚の指名期間は終わっているため、対象者と同僚リストは変更できません。",
        "Peer nomination is over; subjects and peer lists can no longer be changed.");
    public static readonly Text UnknownSubject = new("この職員はこの調査の対象者ではありません。", "This person is not a subject of this survey.");
    public static readonly Text NoSubjects = new("対象者はまだいません。", "There are no subjects yet.");
    public static readonly Text Unknown = new("この360度調査はありません", "There is no such 360-degree survey");
    public static readonly Text UnknownMessage = new("年度を確認してください。", "Check the year in the address.");

    public static readonly Text MailSubject = new("【360度調査】{{round}}年度 同僚の指名のお願い（期限：{{deadline}}）",
        "[360-degree survey {{round}}] Please nominate your peers by {{deadline}}");
    public static readonly Text MailBody = new(
        "{{name}} 様\n\n{{round}}年度の360度調査の対象者として、あなたのマネジメントについて回答をお願いする同僚を{{min}}〜{{max}}人選んでください。"
        + "\n本人・上司・部下のほか、選んだ同僚に回答をお願いします。回答は匿名で集計され、「気づき」の機会としてあなたにだけお返しします。"
        + "\n\n{{link}}\n\n指名の期限：{{deadline}}（日本時間）\n期限までに指名しない場合は、同じ上司の部下の方々を同僚として提案します。",
        "Dear {{name}},\n\nYou are a subject of the {{round}} 360-degree survey. Please choose {{min}} to {{max}} peers to be asked about your "
        + "management, besides yourself, your supervisor and your subordinates. Answers are anonymous and come back to you alone, "
        + "as a chance to see yourself as others do.\n\n{{link}}\n\nPlease nominate by {{deadline}} (Japan time)."
        + "\nIf you do not, the others who report to your supervisor will be proposed.");
}
