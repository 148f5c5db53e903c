using Transformation.Platform.Localization;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>The texts of HR's 360 round page and of the round API's answers.</summary>
public static class ThreeSixtyRoundTexts
{
    public static readonly Text Unknown = new("この360度調査はありません。", "There is no such 360 round.");
    public static readonly Text NotNow = new("この360度調査はいまその操作を受け付けていません。", "This 360 round does not take that action now.");
    public static readonly Text BadYear = new("年度の指定が正しくありません。", "The year is not valid.");
    public static readonly Text BadYearField = new("year は 2000〜2100 の数です（省略すると今年）。",
        "year is a number from 2000 to 2100 (leave it out for this year).");
    public static readonly Text BadDeadline = new("新しい回答期限を指定してください。", "Give the new deadline.");
    public static readonly Text BadDeadlineField = new("deadlineAt は現在の期限より後の日時（ISO 8601）です。",
        "deadlineAt must be a date and time (ISO 8601) later than the current deadline.");
    public static readonly Text Title = new("360度調査の運営", "Running the 360-degree survey");
    public static readonly Text Round = new("{0}年度の360度調査", "The {0} 360-degree survey");
    public static readonly Text Phase = new("段階", "Stage");
    public static readonly Text NominationDeadline = new("同僚の推薦期限", "Peer nominations due");
    public static readonly Text RatingDeadline = new("回答期限", "Ratings due");
    public static readonly Text ClosedAt = new("締め切った日時", "Closed at");
    public static readonly Text Open = new("{0}年度の360度調査を開始する", "Open the {0} 360-degree survey");
    public static readonly Text OpenHelp = new(
        "いまの名簿から対象の管理職を選び、同僚の推薦を依頼します。推薦期限の後、"
            + "評価者に1人1通の依頼メールを送ります。同じ年度は一度だけ開始されます。",
        "Chooses the managers to be rated from the current roster and asks them to nominate peers. After the nomination deadline "
        + "each rater gets one mail. A year's round opens only once.");
    public static readonly Text StartRating = new("推薦を締め切り、評価を始める", "End nominations and start rating");
    public static readonly Text StartRatingHelp = new("推薦していない対象者には、同じ上司の部下を同僚として提案します。",
        "Subjects who did not nominate get the others who report to the same supervisor as peers.");
    public static readonly Text Extend = new("回答期限を延長する", "Extend the deadline");
    public static readonly Text NewDate = new("新しい期限の日付", "New closing date");
    public static readonly Text NewTime = new("時刻（日本時間）", "Time (Japan time)");
    public static readonly Text Close = new("いま締め切る", "Close rating now");
    public static readonly Text CloseHelp = new("締め切ると回答は受け付けられず、報告書の作成に進みます。取り消せません。",
        "After closing, no rating is accepted and the reports are built. This cannot be undone.");
    public static readonly Text CloseConfirm = new("締め切ることを確認しました", "I confirm closing now");
    public static readonly Text ConfirmNeeded = new("締め切る前に確認欄にチェックを入れてください。", "Tick the confirmation before closing.");
    public static readonly Text BadDate = new(
        "いまの期限より後の日付と時刻を入力してください。",
        "Enter a date and time later than the current deadline.");
    public static readonly Text Opened = new("360度調査を開始しました。対象者に推薦の依頼を送っています。",
        "The round was opened; subjects are being asked to nominate peers.");
    public static readonly Text RatingStarted = new("推薦の締切を受け付けました。数秒で評価の依頼が送られます。",
        "Nominations were ended; rating invitations go out within seconds.");
    public static readonly Text Extended = new("回答期限の延長を受け付けました。", "The extension was accepted.");
    public static readonly Text Closed = new("締切を受け付けました。数秒で受付を終え、報告書の作成に進みます。",
        "Closing was accepted; rating stops within seconds and the reports are then built.");
    public static readonly Text Subjects = new("対象者と同僚の一覧", "Subjects and their peers");
    public static readonly Text Completion = new("回答状況", "Completion");
    public static readonly Text Bands = new("職位別の集計", "Results by grade band");
    public static readonly Text None = new("まだ360度調査はありません。", "There is no 360 round yet.");

    public static readonly Text Opening = new("開始処理中", "Opening");
    public static readonly Text Nominating = new("同僚の推薦中", "Peers being nominated");
    public static readonly Text Rating = new("評価の受付中", "Open for ratings");
    public static readonly Text Closing = new("締切処理中", "Closing");
    public static readonly Text Reporting = new("報告書の作成中", "Reports being built");
    public static readonly Text Reported = new("報告書送付済み", "Reports sent");
    public static readonly Text Failed = new("停止（要対応）", "Stopped (needs attention)");

    public static Text PhaseName(string? phase) => phase switch
    {
        RoundPhases.Nominating => Nominating,
        RoundPhases.Rating => Rating,
        RoundPhases.Closing => Closing,
        RoundPhases.Reporting => Reporting,
        RoundPhases.Reported => Reported,
        RoundPhases.Failed => Failed,
        _ => Opening,
    };
}
