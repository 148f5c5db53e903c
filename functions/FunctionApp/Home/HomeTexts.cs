using Transformation.Platform.Localization;

namespace Transformation.Home;

/// <summary>The texts of the home page and of the sections each process adds to it.</summary>
public static class HomeTexts
{
    public static readonly Text Title = new("ホーム", "Home");
    public static readonly Text Greeting = new(
        "{0}さん、あなたの用件をまとめています。", "Welcome, {0}. Here is what waits for you.");
    public static readonly Text GreetingHr = new("人事担当者として、次の業務を行えます。", "As HR, you can do the following.");
    public static readonly Text NothingToDo = new("いま対応が必要なものはありません。", "Nothing needs you just now.");

    public static readonly Text CareSheets = new("育児・介護シート", "Childcare and caregiving sheets");
    public static readonly Text NewSheet = new("新しいシートを提出する", "Submit a new sheet");
    public static readonly Text MySheets = new("提出したシート", "Your sheets");
    public static readonly Text MySheetsCount = new("{0}件（うち差戻し{1}件）", "{0} (returned to you: {1})");
    public static readonly Text SheetToDecide = new("{0}さんのシート（第{1}版）の承認", "Decide on {0}'s sheet (version {1})");
    public static readonly Text AllToDecide = new("承認待ちのシートすべて（{0}件）", "All sheets awaiting your decision ({0})");

    public static readonly Text Survey = new("職員調査", "Staff survey");
    public static readonly Text SurveyOpen = new("{0}年度の職員調査に回答できます", "The {0} staff survey is open");
    public static readonly Text SurveyOpenDetail = new(
        "{0}まで。回答はメールで届いたリンクから行います。", "Until {0}. Answer through the link in the mail you received.");
    public static readonly Text SurveyLinkAgain = new("回答用リンクをもう一度受け取る", "Get your answer link again");
    public static readonly Text SurveyLinkAgainDetail = new(
        "メールが見つからないときは、名簿のアドレスに新しいリンクを送ります。", "Lost the mail? A new link goes to your address in the roster.");
    public static readonly Text SurveySheet = new("{0}年度の評価シート（あなたの課室）", "Your division's {0} feedback sheet");
    public static readonly Text SurveyBureauSheet = new("{0}年度の評価シート（あなたの局）", "Your bureau's {0} feedback sheet");
    public static readonly Text SurveyResults = new("{0}年度の調査結果", "Results of the {0} survey");
    public static readonly Text SurveyPlan = new("{0}年度の改善計画（あなたの課室）", "Your division's {0} improvement plan");
    public static readonly Text SurveyPlans = new("{0}年度の改善計画の一覧", "All {0} improvement plans");
    public static readonly Text SurveyHeatMap = new("{0}年度のヒートマップ", "The {0} heat map");

    public static readonly Text ThreeSixty = new("360度調査", "360-degree survey");
    public static readonly Text ThreeSixtyNomination = new("{0}年度の360度調査：同僚を推薦する", "Nominate your peers for the {0} 360 survey");
    public static readonly Text ThreeSixtyNominationDetail = new("推薦期限: {0}", "Nominations close: {0}");
    public static readonly Text ThreeSixtyReport = new("{0}年度の360度調査：あなたへのフィードバック", "Your {0} 360 feedback report");
    public static readonly Text ThreeSixtyRound = new("{0}年度の360度調査の運営", "Run the {0} 360 survey");
    public static readonly Text ThreeSixtySubjects = new("{0}年度の対象者と同僚", "{0} subjects and their peers");
    public static readonly Text ThreeSixtyCompletion = new("{0}年度の360度調査の回答状況", "{0} 360 completion");
    public static readonly Text TeamUp = new("チームアップ・チャレンジ", "Team-Up Challenge");
    public static readonly Text TeamUpEntry = new("{0}年度の応募（あなたの課室）", "Your division's {0} entry");
    public static readonly Text TeamUpEntryDetail = new("応募締切: {0}", "Entries close: {0}");
    public static readonly Text TeamUpEntries = new("{0}年度の応募一覧", "All {0} entries");
    public static readonly Text TeamUpJudging = new("{0}年度の審査（採点）", "Score the {0} entries");
    public static readonly Text TeamUpJudgingDetail = new("採点締切: {0}", "Scoring closes: {0}");
    public static readonly Text TeamUpSeason = new("{0}年度のシーズン", "The {0} season");
    public static readonly Text TeamUpCompletion = new("{0}年度の応募状況", "{0} entry progress");
    public static readonly Text TeamUpRanking = new("{0}年度の審査結果と表彰", "{0} ranking and awards");
    public static readonly Text TeamUpPanel = new("{0}年度の審査員を指名する", "Name the {0} judging panel");
    public static readonly Text TeamUpPanelDetail = new("審査員がまだ指名されていません。", "No judge has been named yet.");

    public static readonly Text Overtime = new("超過勤務", "Overtime");
    public static readonly Text MyOvertime = new("超過勤務の申請と実績", "Request overtime and record the actual");
    public static readonly Text MyOvertimeToday = new("本日の申請：{0}", "Today's request: {0}");
    public static readonly Text OvertimeToApprove = new("承認待ちの超過勤務申請", "Overtime requests to approve");
    public static readonly Text OvertimeToApproveCount = new("{0}件が判断を待っています。", "{0} waiting for your decision.");

    public static readonly Text Hr = new("人事の業務", "HR tasks");
    public static readonly Text OvertimeActuals = new("超過勤務実績の取込（電子出勤簿）", "Import overtime actuals (attendance system)");
    public static readonly Text HealthOffice = new("健康管理室の業務", "Health office tasks");
    public static readonly Text OvertimeSpecialDuty = new("特例業務の記録と要因の分析", "Special duty: records and analysis");
    public static readonly Text OvertimeInterviews = new("医師による面接指導の対象者", "Doctor's interviews required by overtime");
    public static readonly Text OvertimeDesignations = new(
        "超過勤務の上限区分（部署の指定）", "Overtime caps: division designations");
    public static readonly Text Roster = new("名簿の取込", "Import the roster");
    public static readonly Text Attention = new(
        "要対応の一覧（滞留・失敗したワークフロー）", "Needs attention (stalled or failed workflows)");
    public static readonly Text AllSheets = new(
        "全職員の育児・介護シート（状態・局で絞り込み、監査記録）", "Everyone's care sheets (filter by state or bureau, audit trails)");
    public static readonly Text SurveyCycles = new(
        "職員調査の運営（開始・回答状況・延長・締切）", "Run the staff survey (launch, answers so far, extend, close)");
    public static readonly Text TeamUpSeasons = new(
        "チームアップ・チャレンジの運営（開始・応募状況・審査員の指名）",
        "Run the Team-Up Challenge (open the season, entries so far, the judging panel)");
}
