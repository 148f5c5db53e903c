using Transformation.CareSheets.Sheets;
using Transformation.Platform.Localization;

namespace Transformation.CareSheets.HrConsole;

/// <summary>The texts of HR's care-sheet pages (every sheet, a sheet's audit trail) and of HR's list API's refusals.</summary>
public static class CareSheetHrTexts
{
    public static readonly Text UnknownState = new("状態の指定が正しくありません。", "Unknown state.");
    public static readonly Text StateValues = new(
        "state は pending・returned・approved・declined・withdrawn・ended のいずれかです。",
        "state must be pending, returned, approved, declined, withdrawn or ended.");

    public static readonly Text ListTitle = new("育児・介護シートの一覧（人事）", "All childcare and caregiving sheets (HR)");
    public static readonly Text ListIntro = new(
        "職員が提出したすべてのシートです。新しく提出されたものから並びます。内容を開くと、その閲覧は監査記録に残ります。",
        "Every sheet staff have submitted, newest first. Opening a sheet's content is recorded in its audit trail.");
    public static readonly Text Filters = new("絞り込み", "Filter");
    public static readonly Text State = new("状態", "State");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text AnyState = new("すべての状態", "Any state");
    public static readonly Text AnyBureau = new("すべての局", "All bureaus");
    public static readonly Text Apply = new("表示する", "Show");
    public static readonly Text ClearFilters = new("条件を外す", "Clear the filter");
    public static readonly Text Count = new("{0}件", "{0} sheet(s)");
    public static readonly Text NoneAtAll = new("提出されたシートはまだありません。", "No sheet has been submitted yet.");
    public static readonly Text NoneMatch = new("条件に合うシートはありません。", "No sheet matches this filter.");

    public static readonly Text Employee = new("職員（課室）", "Employee (division)");
    public static readonly Text OwnerOfDivision = new("{0}（{1}）", "{0} ({1})");
    public static readonly Text Kind = new("種別", "Kind");
    public static readonly Text Period = new("期間", "Period");
    public static readonly Text Version = new("版", "Version");
    public static readonly Text Decider = new("判断する人・した人", "Decides / decided");
    public static readonly Text Links = new("開く", "Open");
    public static readonly Text OpenSheet = new("シート", "Sheet");
    public static readonly Text OpenTrail = new("監査記録", "Audit trail");
    public static readonly Text Awaiting = new("判断待ち：{0}", "Awaiting: {0}");
    public static readonly Text DecidedBy = new("{0}（{1}）", "{0} ({1})");
    public static readonly Text NobodyDecides = new("—", "—");

    public static readonly Text TrailTitle = new("監査記録：{0}さんの{1}", "Audit trail: {1} of {0}");
    public static readonly Text TrailIntro = new(
        "このシートについて、誰がいつ何をしたかの記録です（内容の閲覧、閲覧の拒否、承認用リンクの開封を含む）。古いものから順に並びます。",
        "Who did what with this sheet, and when (including reads of its content, refused reads and opened approval links), "
            + "oldest first.");
    public static readonly Text Sheet = new("シート", "Sheet");
    public static readonly Text CurrentState = new("現在の状態", "State now");
    public static readonly Text When = new("日時（日本時間）", "When (Japan time)");
    public static readonly Text Who = new("誰が", "Who");
    public static readonly Text What = new("何を", "What");
    public static readonly Text Channel = new("経路", "Channel");
    public static readonly Text NoEntries = new("記録はまだありません。", "Nothing has been recorded yet.");
    public static readonly Text BackToList = new("シートの一覧へ", "Back to all sheets");
    public static readonly Text OpenThisSheet = new("シートの内容を開く（閲覧が記録されます）", "Open the sheet (the read is recorded)");

    public static readonly Text Person = new("{0}（{1}）", "{0} ({1})");
    public static readonly Text SystemActor = new("システム（自動処理）", "System (automatic)");

    public static readonly Text Submitted = new("提出", "Submitted");
    public static readonly Text Revised = new("修正して再提出", "Revised and submitted again");
    public static readonly Text Read = new("内容を閲覧", "Read the content");
    public static readonly Text ReadRefused = new("閲覧を試みたが拒否された（権限なし）", "Tried to read it and was refused (not allowed)");
    public static readonly Text LinkOpened = new(
        "承認用リンクを開いた（メールの安全確認による自動の開封も含む）", "Opened the approval link (mail scanners may open links too)");
    public static readonly Text Decided = new("判断：{0}", "Decided: {0}");
    public static readonly Text Withdrawn = new("取下げ", "Withdrew the sheet");
    public static readonly Text Escalated = new("期限までに判断がなく、上位者に承認を依頼：{0}", "Not decided in time; the next supervisor was asked: {0}");
    public static readonly Text Ended = new("期間終了", "The period ended");
    public static readonly Text Reminded = new("人事課が承認者に改めて督促", "HR reminded the approvers again");
    public static readonly Text Reassigned = new("人事課が承認者を変更：{0}", "HR gave the decision to {0}");
    public static readonly Text Resumed = new("人事課がワークフローを再開", "HR started the workflow again");
    public static readonly Text Resignalled = new("人事課がワークフローに再通知", "HR signalled the workflow again");

    public static readonly Text ByApi = new("API", "API");
    public static readonly Text ByPage = new("画面（サインイン）", "Page (signed in)");
    public static readonly Text ByLink = new("メールのリンク", "Emailed link");
    public static readonly Text ByWorkflow = new("自動処理", "Automatic");

    /// <summary>An entry's action in words; <paramref name="detail"/> is what the entry names (a decision, a person), already readable.</summary>
    public static Text Action(string action, Text detail) => action switch
    {
        AuditActions.Submit => Submitted,
        AuditActions.Revise => Revised,
        AuditActions.Read => Read,
        AuditActions.ReadRefused => ReadRefused,
        AuditActions.LinkOpened => LinkOpened,
        AuditActions.Decide => Decided.With(detail),
        AuditActions.Withdraw => Withdrawn,
        AuditActions.Escalate => Escalated.With(detail),
        AuditActions.End => Ended,
        AuditActions.Remind => Reminded,
        AuditActions.Reassign => Reassigned.With(detail),
        AuditActions.Resume => Resumed,
        AuditActions.Resignal => Resignalled,
        _ => new Text(action, action),
    };

    /// <summary>How the entry came in, in words; an unknown channel as it was written.</summary>
    public static Text ChannelName(string channel) => channel switch
    {
        "api" => ByApi,
        "page" => ByPage,
        "link" => ByLink,
        "workflow" => ByWorkflow,
        _ => new Text(channel, channel),
    };
}
