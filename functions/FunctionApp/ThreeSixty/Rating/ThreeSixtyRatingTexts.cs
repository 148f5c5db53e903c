using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Rating;

/// <summary>The wording of the raters' pages and mails and of HR's completion page, in both languages.</summary>
public static class ThreeSixtyRatingTexts
{
    public static readonly Text Title = new("360度調査", "360-degree survey");
    public static readonly Text ListIntro = new(
        "次の方々について、日頃のマネジメントをどう感じているかをお答えください。回答は匿名で、評価ではなく本人の「気づき」のために使われます。",
        "Please tell us how you see the management of the people below. Ratings are anonymous and are used to give each "
        + "person a chance to notice, not to evaluate them.");

    /// <summary>{0}: the deadline, written for the reader.</summary>
    public static readonly Text Deadline = new("回答期限：{0}", "Please answer by {0}.");
    public static readonly Text ColumnName = new("氏名", "Name");
    public static readonly Text ColumnDivision = new("所属", "Division");
    public static readonly Text ColumnRelation = new("あなたの立場", "You rate as");
    public static readonly Text ColumnState = new("状況", "Status");
    public static readonly Text StatePending = new("未回答", "Not started");
    public static readonly Text StateDraft = new("一時保存済み", "Saved as draft");
    public static readonly Text StateSubmitted = new("送信済み", "Submitted");
    public static readonly Text Open = new("回答する", "Rate");
    public static readonly Text BackToList = new("一覧に戻る", "Back to the list");
    public static readonly Text JustSubmitted = new("送信しました。ご協力ありがとうございます。", "Your rating was submitted. Thank you.");
    public static readonly Text AllSubmitted = new(
        "すべての方の回答を送信しました。ご協力ありがとうございました。", "You have submitted every rating. Thank you for taking part.");

    public static readonly Text RelationSelf = new("自己評価", "Yourself");
    public static readonly Text RelationSupervisor = new("上司として", "As their supervisor");
    public static readonly Text RelationSubordinate = new("部下として", "As their subordinate");
    public static readonly Text RelationPeer = new("同僚として", "As their colleague");

    /// <summary>{0}: the subject's name; {1}: the reader's relation to them.</summary>
    public static readonly Text FormHeading = new("{0} さん（{1}）", "{0} ({1})");
    public static readonly Text SelfHeading = new("ご自身について", "About yourself");
    public static readonly Text FormIntro = new(
        "各項目について、最も近いものを1つ選んでください。日頃の様子から判断できない項目は「判断できない」を選んでください。",
        "For each statement, choose the answer closest to your view. Choose \"Cannot judge\" where you have not seen enough to say.");
    public static readonly Text Scale1 = new("1 そう思わない", "1 Disagree");
    public static readonly Text Scale2 = new("2 あまりそう思わない", "2 Tend to disagree");
    public static readonly Text Scale3 = new("3 どちらともいえない", "3 Neither");
    public static readonly Text Scale4 = new("4 ややそう思う", "4 Tend to agree");
    public static readonly Text Scale5 = new("5 そう思う", "5 Agree");
    public static readonly Text CannotJudge = new("判断できない", "Cannot judge");

    /// <summary>{0}: the item id; {1}: the statement.</summary>
    public static readonly Text Statement = new("{0}. {1}", "{0}. {1}");
    public static readonly Text Strengths = new("強み（任意）", "Strengths (optional)");
    public static readonly Text Suggestions = new("改善してほしい点（任意）", "Suggestions for improvement (optional)");
    public static readonly Text SaveDraft = new("一時保存", "Save draft");
    public static readonly Text Submit = new("送信する", "Submit");
    public static readonly Text SubmitHint = new(
        "送信はこの方について1回限りで、送信後は変更できません。「一時保存」なら後で続きを入力できます。",
        "You can submit a rating of this person only once, and it cannot be changed afterwards. \"Save draft\" lets you continue later.");
    public static readonly Text Saved = new("一時保存しました。", "Your draft has been saved.");
    public static readonly Text AlreadySubmittedHere = new(
        "この方についての回答は送信済みです。送信した回答は変更できません。",
        "You have already submitted your rating of this person. It cannot be changed.");
    public static readonly Text SupervisorShownNotice = new(
        "ご注意：あなたの回答は、上司としての評価であることが分かる形で本人に示されます（上司は1名のため）。",
        "Please note: your rating is shown to this person as their supervisor's rating (a supervisor is one person).");
    public static readonly Text Anonymity = new(
        "回答は本人を含め誰にも、あなたの回答と分かる形では示されません。自己評価を除き、3人未満の立場の回答は報告に含まれません。",
        "Nobody, including the person you rate, sees your rating as yours. Apart from self-ratings, groups of fewer than three raters "
        + "are left out of the report.");

    public static readonly Text ItemMissing = new(
        "「判断できない」を含め、いずれかを選んでください。",
        "Please choose an answer (or \"Cannot judge\").");
    public static readonly Text ItemInvalid = new("選択肢から選んでください。", "Please choose one of the answers.");

    /// <summary>{0}: the longest comment accepted, in characters.</summary>
    public static readonly Text CommentTooLong = new("{0}文字以内で入力してください。", "Please keep this to {0} characters.");

    public static readonly Text UnknownTitle = new("リンクが無効です", "Link not valid");
    public static readonly Text UnknownBody = new(
        "このリンクは無効です。360度調査のご案内メールに記載されたリンクをもう一度ご確認ください。",
        "This link is not valid. Please check the link in your 360-degree survey email.");
    public static readonly Text FinishedTitle = new("回答はすべて送信済みです", "Every rating has been submitted");
    public static readonly Text FinishedBody = new(
        "このリンクでお願いしたすべての方について、回答を送信いただきました。ご協力ありがとうございました。",
        "You have submitted a rating for everyone this link asked you to rate. Thank you for taking part.");
    public static readonly Text ClosedTitle = new("360度調査は締め切られました", "The 360-degree survey is closed");
    public static readonly Text ClosedBody = new(
        "回答の受付は終了しました。今回の操作では何も保存されていません。",
        "Ratings are no longer accepted. Nothing was saved this time.");
    public static readonly Text SupersededTitle = new("新しいリンクをお送りしています", "A newer link has been sent");
    public static readonly Text SupersededBody = new(
        "このリンクは、後からお送りしたメールのリンクに置き換えられました。"
            + "最新のメールのリンクから回答してください（一時保存した内容は引き継がれています）。",
        "This link has been replaced by the one in a later email. Please use the link in the latest email (your drafts have been carried over).");
    public static readonly Text NotListedTitle = new("この方は一覧にありません", "This person is not on your list");
    public static readonly Text NotListedBody = new(
        "このリンクで回答をお願いしている方ではありません。一覧から選んでください。",
        "You have not been asked to rate this person through this link. Please choose from your list.");

    public static readonly Text InvitationSubject = new("【360度調査】{{round}}年度 回答のお願い（{{count}}名）",
        "[360-degree survey {{round}}] Your ratings, please ({{count}} in all)");
    public static readonly Text InvitationBody = new(
        "{{name}} 様\n\n{{round}}年度の360度調査へのご協力をお願いします。{{count}}名の方（ご自身を含む場合があります）について、"
        + "日頃のマネジメントをどう感じているかをお答えください。1名あたり約20項目、10分ほどです。"
        + "\n回答は匿名で、本人には3人以上の回答をまとめた形でのみ示されます。途中で一時保存できます。"
        + "\n\n{{link}}\n\n回答期限：{{deadline}}（日本時間）\nこのリンクはあなた専用です。転送しないでください。",
        "Dear {{name}},\n\nPlease take part in the {{round}} 360-degree survey: tell us how you see the management of {{count}} people "
        + "(this may include yourself), about 20 statements each, around 10 minutes a person."
        + "\nRatings are anonymous; each person sees them only combined, for groups of three raters or more. You can save drafts."
        + "\n\n{{link}}\n\nPlease answer by {{deadline}} (Japan time).\nThis link is yours alone; please do not forward it.");
    public static readonly Text ReminderSubject = new("【リマインド】360度調査（{{round}}年度）の回答期限は{{deadline}}です",
        "[Reminder] The {{round}} 360-degree survey closes on {{deadline}}");
    public static readonly Text ReminderBody = new(
        "{{name}} 様\n\n360度調査（{{round}}年度）で、まだ送信されていない方がいます（依頼は{{count}}名）。一時保存した内容はそのまま引き継がれます。"
        + "\n\n{{link}}\n\n回答期限：{{deadline}}（日本時間）\n以前お送りしたリンクは使えなくなりました。このリンクをお使いください。",
        "Dear {{name}},\n\nSome of your ratings in the {{round}} 360-degree survey ({{count}} people asked) have not been submitted yet. "
        + "Your drafts are kept.\n\n{{link}}\n\nPlease answer by {{deadline}} (Japan time).\n"
        + "The link we sent earlier no longer works; please use this one.");

    public static readonly Text CompletionTitle = new("360度調査 回答状況", "360-degree survey: completion");

    /// <summary>{0}: the round id.</summary>
    public static readonly Text CompletionIntro = new(
        "{0}年度の回答状況です。回答の内容は表示されません（誰が何を回答したかは、どこにも表示されません）。",
        "Completion of the {0} round. No answer is ever shown here (nor anywhere else, as whose it was).");
    public static readonly Text BySubject = new("対象者別", "By subject");
    public static readonly Text ByRater = new("回答者別", "By rater");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text AllBureaus = new("すべての局", "All bureaus");
    public static readonly Text Filter = new("表示", "Show");
    public static readonly Text GroupSelf = new("本人", "Self");
    public static readonly Text GroupSupervisor = new("上司", "Supervisor");
    public static readonly Text GroupSubordinate = new("部下", "Subordinates");
    public static readonly Text GroupPeer = new("同僚", "Peers");

    /// <summary>{0}: submitted; {1}: invited.</summary>
    public static readonly Text Counts = new("{0} / {1}", "{0} / {1}");
    public static readonly Text Totals = new("全体", "Overall");

    /// <summary>{0}: subjects or raters in the list; {1}: the page; {2}: pages.</summary>
    public static readonly Text Paging = new("{0}件（{1} / {2}ページ）", "{0} in all (page {1} of {2})");
    public static readonly Text Previous = new("前へ", "Previous");
    public static readonly Text Next = new("次へ", "Next");
    public static readonly Text NoRound = new("この年度の360度調査はまだ回答を受け付けていません。", "This round has not opened rating yet.");
    public static readonly Text Nothing = new("該当する人はいません。", "Nobody to show.");

    public static Text Relation(RaterGroup group) => group switch
    {
        RaterGroup.Self => RelationSelf,
        RaterGroup.Supervisor => RelationSupervisor,
        RaterGroup.Subordinate => RelationSubordinate,
        _ => RelationPeer,
    };

    public static Text GroupName(RaterGroup group) => group switch
    {
        RaterGroup.Self => GroupSelf,
        RaterGroup.Supervisor => GroupSupervisor,
        RaterGroup.Subordinate => GroupSubordinate,
        _ => GroupPeer,
    };

    public static Text State(SubjectState state) => state switch
    {
        SubjectState.Submitted => StateSubmitted,
        SubjectState.Draft => StateDraft,
        _ => StatePending,
    };
}
