using Transformation.Platform.Localization;

namespace Transformation.Surveys.Workflow;

/// <summary>The texts of HR's survey cycle page and of the cycle API's answers.</summary>
public static class SurveyCycleTexts
{
    public static readonly Text Unknown = new("この調査サイクルはありません。", "There is no such survey cycle.");
    public static readonly Text NotOpen = new("この調査は回答受付中ではありません。", "This survey is not open for answers.");
    public static readonly Text Title = new("職員調査の運営", "Running the staff survey");
    public static readonly Text Cycle = new("{0}年度の調査", "The {0} survey");
    public static readonly Text Phase = new("段階", "Stage");
    public static readonly Text ClosesAt = new("回答期限", "Answers close");
    public static readonly Text ClosedAt = new("締め切った日時", "Closed at");
    public static readonly Text Answered = new("回答状況", "Answers so far");
    public static readonly Text AnsweredValue = new("{0}人中{1}人（{2}）", "{1} of {0} ({2})");
    public static readonly Text PlansDue = new("改善計画の期限", "Improvement plans due");
    public static readonly Text Launch = new("{0}年度の調査を開始する", "Launch the {0} survey");
    public static readonly Text LaunchHelp = new("名簿の全職員に、回答用リンクを1人1通のメールで送ります。同じ年度の調査は一度だけ開始されます。",
        "Every member of staff in the roster gets one mail with their own link. A year's survey starts only once.");
    public static readonly Text Extend = new("回答期限を延長する", "Extend the deadline");
    public static readonly Text NewDate = new("新しい期限の日付", "New closing date");
    public static readonly Text NewTime = new("時刻（日本時間）", "Time (Japan time)");
    public static readonly Text Close = new("いま締め切る", "Close answering now");
    public static readonly Text CloseHelp = new("締め切ると回答は受け付けられず、集計と公表に進みます。取り消せません。",
        "After closing, no answer is accepted and the results are counted and published. This cannot be undone.");
    public static readonly Text CloseConfirm = new("締め切ることを確認しました", "I confirm closing now");
    public static readonly Text Launched = new("調査を開始しました。招待メールを送っています。", "The survey was launched; invitations are being sent.");
    public static readonly Text Extended = new("回答期限の延長を受け付けました。数秒で上の表に反映されます。",
        "The extension was accepted; the table above shows it within seconds.");
    public static readonly Text Closed = new("回答の締切を受け付けました。数秒で受付を終え、集計に進みます。",
        "Closing was accepted; answering stops within seconds and the results are then counted.");
    public static readonly Text ResponseRates = new("回答状況の詳細（局・課室別）", "Response rates by bureau and division");
    public static readonly Text Results = new("調査結果", "Results");
    public static readonly Text BadDate = new("現在より後の日付と時刻を入力してください。", "Enter a date and time later than now.");
    public static readonly Text ConfirmNeeded = new("締め切る前に確認欄にチェックを入れてください。", "Tick the confirmation before closing.");
    public static readonly Text None = new("まだ調査はありません。", "There is no survey yet.");

    public static readonly Text Inviting = new("招待メール送信中", "Sending invitations");
    public static readonly Text Answering = new("回答受付中", "Open for answers");
    public static readonly Text Counting = new("集計中", "Counting");
    public static readonly Text Published = new("結果公表済み", "Results published");
    public static readonly Text Planning = new("改善計画の作成中", "Improvement plans being written");
    public static readonly Text FollowingUp = new("改善計画のフォローアップ中", "Following up the plans");
    public static readonly Text Complete = new("完了", "Complete");
    public static readonly Text Starting = new("開始処理中", "Starting");

    public static Text PhaseName(string? phase) => phase switch
    {
        CyclePhases.Inviting => Inviting,
        CyclePhases.Answering => Answering,
        CyclePhases.Aggregating or CyclePhases.Publishing => Counting,
        CyclePhases.Published => Published,
        CyclePhases.Planning => Planning,
        CyclePhases.FollowingUp => FollowingUp,
        CyclePhases.Complete => Complete,
        _ => Starting,
    };
}
