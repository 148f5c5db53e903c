using Transformation.Platform.Localization;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>The texts of HR's Team-Up season page (open the season, where it stands, the panel) and of the season API's answers.</summary>
public static class SeasonConsoleTexts
{
    public static readonly Text Title = new("チームアップ・チャレンジの運営", "Running the Team-Up Challenge");
    public static readonly Text Season = new("{0}年度のチームアップ・チャレンジ", "The {0} Team-Up Challenge");
    public static readonly Text None = new("まだシーズンはありません。", "There is no season yet.");

    public static readonly Text Open = new("{0}年度のシーズンを開始する", "Open the {0} season");
    public static readonly Text OpenHelp = new(
        "開始すると、名簿のすべての課室長に応募を依頼するメールが送られます。同じ年度のシーズンは一度だけ開始されます。",
        "Opening mails every division head in the roster to ask for an entry. A year's season opens only once.");
    public static readonly Text OpenConfirm = new(
        "すべての課室長にメールが送られることを確認しました", "I understand that every division head will be mailed");
    public static readonly Text ConfirmNeeded = new(
        "シーズンを開始する前に、確認欄にチェックを入れてください。", "Tick the confirmation before opening the season.");
    public static readonly Text NoRoster = new(
        "名簿が取り込まれていません。先に名簿を取り込んでください。", "No roster has been imported yet. Import the roster first.");
    public static readonly Text ImportRoster = new("名簿の取込へ", "Go to the roster import");
    public static readonly Text Opened = new(
        "シーズンを開始しました。各課室長に応募を依頼するメールを送っています。",
        "The season is open; the division heads are being asked for their entries.");
    public static readonly Text AlreadyOpen = new(
        "このシーズンはすでに開始されています（メールは再送していません）。", "This season was already open (no mail was sent again).");

    public static readonly Text Phase = new("段階", "Stage");
    public static readonly Text Starting = new("開始処理中（数秒後に再読み込みしてください）", "Starting (reload in a few seconds)");
    public static readonly Text Stopped = new(
        "このシーズンのワークフローが止まっています。要対応の一覧を確認してください。",
        "This season's workflow has stopped. Check the needs-attention list.");
    public static readonly Text Attention = new("要対応の一覧", "Needs attention");
    public static readonly Text EntryDeadline = new("応募締切", "Entries close");
    public static readonly Text JudgingDeadline = new("審査期限", "Judging closes");
    public static readonly Text JudgingNotYet = new(
        "審査の開始時に決まります（応募締切の後、審査員が指名されていれば）",
        "Set when judging opens (after the entry deadline, once the panel is named)");
    public static readonly Text Submitted = new("提出した課室", "Divisions that submitted");
    public static readonly Text SubmittedValue = new("{0}課室中{1}課室", "{1} of {0}");
    public static readonly Text SeasonPage = new("シーズンのページ", "The season's page");
    public static readonly Text Completion = new("応募状況（局・課室ごと）", "Entries by bureau and division");
    public static readonly Text Progress = new("審査員の進捗", "The judges' progress");
    public static readonly Text Ranking = new("順位と表彰の確定", "Ranking and award confirmation");
    public static readonly Text Awards = new("表彰結果", "The awards");

    public static readonly Text Panel = new("審査員", "Judging panel");
    public static readonly Text PanelEmpty = new("審査員はまだ指名されていません。", "No judge has been named yet.");
    public static readonly Text StaffId = new("職員番号", "Staff id");
    public static readonly Text Name = new("氏名", "Name");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text PanelField = new("審査員の職員番号", "The judges' staff ids");
    public static readonly Text PanelHelp = new(
        "1行に1人、職員番号を書いてください（{0}人まで）。審査員には、自分の局の応募は割り当てられません。",
        "Write one staff id per line (at most {0}). A judge is never given the entries of their own bureau.");
    public static readonly Text PanelRoleHelp = new(
        "審査のページを開くには、審査員にアプリの「judge」ロールの割り当ても必要です（テナント管理者が設定します）。",
        "To open the judging page, a judge also needs the app role \"judge\" (the tenant administrator assigns it).");
    public static readonly Text NamePanel = new("審査員を指名する", "Name the panel");
    public static readonly Text ChangePanel = new("審査員を変更する", "Change the panel");
    public static readonly Text PanelNamed = new("審査員を保存しました。", "The panel is saved.");
    public static readonly Text PanelLocked = new(
        "順位の算出が始まったため、審査員は変更できません。", "The ranking has begun: the panel can no longer change.");
    public static readonly Text PanelRefused = new(
        "審査員は保存されていません。次の点を確認してください。", "The panel was not saved. Please check the following.");
    public static readonly Text LineError = new("{0}行目: {1}", "Line {0}: {1}");

    public static readonly Text Find = new("名簿から探す", "Find someone in the roster");
    public static readonly Text FindLabel = new("氏名または職員番号（一部でも可）", "Name or staff id (or part of one)");
    public static readonly Text FindButton = new("探す", "Search");
    public static readonly Text FindNone = new("「{0}」に当たる職員は名簿にいません。", "Nobody in the roster matches \"{0}\".");
    public static readonly Text FindMore = new("最初の{0}人を表示しています。絞り込んでください。", "Showing the first {0}; narrow the search.");

    public static readonly Text Entries = new("応募受付中", "Open for entries");
    public static readonly Text AwaitingPanel = new("応募を公開中（審査員の指名待ち）", "Entries published (waiting for the panel)");
    public static readonly Text Judging = new("審査中", "Judging under way");
    public static readonly Text AwaitingConfirmation = new("審査終了（表彰の確定待ち）", "Judging closed (the awards await confirmation)");
    public static readonly Text Awarded = new("表彰決定", "Awards announced");

    public static Text PhaseName(string? phase) => phase switch
    {
        SeasonPhase.Entries => Entries,
        SeasonPhase.AwaitingPanel => AwaitingPanel,
        SeasonPhase.Judging => Judging,
        SeasonPhase.AwaitingConfirmation => AwaitingConfirmation,
        SeasonPhase.Awarded => Awarded,
        _ => Starting,
    };
}
