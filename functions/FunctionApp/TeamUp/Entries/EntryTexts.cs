using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Entries;

/// <summary>The texts of the entry API and of the entry and completion pages.</summary>
public static class EntryTexts
{
    public static readonly Text NoSuchEntry = new(
        "そのシーズンまたは課室は見つかりません。",
        "There is no such season, or no such division in it.");

    public static readonly Text NoSuchSeason = new("そのシーズンは見つかりません。", "There is no such season.");

    public static readonly Text NotPublic = new(
        "この課室の応募は公開されていません（公開は応募締切の後、提出済みの応募のみです）。",
        "This division's entry is not public (entries are public after the entry deadline, and only when submitted).");

    public static readonly Text NotYetPublic = new(
        "応募は締切後に全職員へ公開されます。それまでは課室長・人事課・局の取りまとめ担当のみが閲覧できます。",
        "Entries are public to all staff after the entry deadline; until then only the head, HR and the bureau's coordinators read them.");

    public static readonly Text NotPublished = new(
        "応募の公開は応募締切の後です。締切後にもう一度ご覧ください。",
        "Entries are published after the entry deadline. Please come back after the deadline.");

    public static readonly Text NotHead = new(
        "応募を作成・編集できるのは、その課室の課室長だけです。",
        "Only the head of the division can write its entry.");

    public static readonly Text Closed = new(
        "応募の締切を過ぎたため、応募は変更できません（閲覧のみ）。内容は保存されていません。",
        "The entry deadline has passed, so the entry can no longer be changed (read-only). Nothing was saved.");

    public static readonly Text Changed = new(
        "応募は他の人により更新されています。最新の内容を読み込んでからやり直してください。",
        "The entry was changed by someone else. Reload it and try again.");

    public static readonly Text Invalid = new("入力内容に誤りがあります。内容は保存されていません。", "Some fields are not valid. Nothing was saved.");

    public static readonly Text Incomplete = new(
        "提出に必要な項目が入力されていません。下書きを完成させてから提出してください。",
        "The entry is not complete enough to submit. Complete the draft, then submit.");

    public static readonly Text NotStartedLabel = new("未着手", "Not started");

    public static readonly Text DraftLabel = new("下書き", "Draft");

    public static readonly Text SubmittedLabel = new("提出済み", "Submitted");

    public static readonly Text EntryTitle = new("チームアップ・チャレンジ 応募：{0}（{1}）", "Team-Up Challenge entry：{0}（{1}）");
    public static readonly Text CompletionTitle = new("チームアップ・チャレンジ 応募状況（{0}）", "Team-Up Challenge: entries so far（{0}）");

    public static readonly Text NotPublicTitle = new("公開されていません", "Not public");
    public static readonly Text NotYetPublicTitle = new("まだ公開されていません", "Not public yet");
    public static readonly Text NotHeadTitle = new("応募を編集できません", "You cannot edit this entry");
    public static readonly Text ChangedMeanwhile = new(
        "この応募は他の人により更新されました。最新の内容を確認してからもう一度保存してください（入力内容は下に残っています）。",
        "Someone else changed this entry. Check the latest version and save again (what you entered is kept below).");

    public static readonly Text Saved = new("保存しました。", "Saved.");
    public static readonly Text Submitted = new(
        "応募を提出しました。締切までは引き続き修正できます。", "Your entry was submitted. You can still change it until the deadline.");

    public static readonly Text Head = new("課室長", "Head");
    public static readonly Text EntryDeadline = new("応募締切", "Entry deadline");
    public static readonly Text HoursSaved = new("削減時間の合計", "Hours saved");
    public static readonly Text HoursAMonth = new("時間／月", "hours a month");
    public static readonly Text DraftHelp = new(
        "下書きは未完成のまま保存できます。締切までは提出後も修正できます。",
        "A draft can be saved incomplete. Until the deadline you can change the entry even after submitting it.");
    public static readonly Text SaveChanges = new("変更を保存（提出済みのまま）", "Save changes (stays submitted)");
    public static readonly Text SaveDraft = new("下書き保存", "Save draft");
    public static readonly Text Submit = new("提出する", "Submit");

    public static readonly Text Policy = new("運営方針", "Management policy");
    public static readonly Text Mission = new("ミッション", "Mission");
    public static readonly Text Priorities = new("重点事項", "Priorities");
    public static readonly Text WayOfWorking = new("働き方（チームの進め方）", "How the team works");
    public static readonly Text StopWork = new("止める仕事", "Work to stop");
    public static readonly Text StopWorkHelp = new(
        "提出には1件以上必要です（最大{0}件）。空欄の行は無視されます。行が足りないときは保存すると空欄の行が追加されます。",
        "At least one is needed to submit (at most {0}). Blank rows are ignored; save to get more blank rows.");
    public static readonly Text StopWorkRow = new("止める仕事 {0}", "Work to stop {0}");
    public static readonly Text StopWorkTask = new("止める仕事（業務の内容）", "The work to stop");
    public static readonly Text StopWorkReason = new("止める理由", "Why it is stopped");
    public static readonly Text StopWorkHours = new("削減できる時間（時間／月、小数第1位まで）", "Hours a month saved (one decimal at most)");
    public static readonly Text Initiatives = new("チームの取組と成果", "Team initiatives and results");
    public static readonly Text InitiativesHelp = new("提出には1件以上必要です（最大{0}件）。", "At least one is needed to submit (at most {0}).");
    public static readonly Text InitiativeRow = new("チームの取組 {0}", "Team initiative {0}");
    public static readonly Text InitiativeTitle = new("取組の名称", "Title");
    public static readonly Text InitiativeDescription = new("取組の内容", "What the team does");
    public static readonly Text Results = new("成果", "Results");

    public static readonly Text NoEntryYet = new("まだ応募は作成されていません。", "No entry has been written yet.");
    public static readonly Text Work = new("止める仕事", "Work");
    public static readonly Text Why = new("理由", "Why");
    public static readonly Text HoursAMonthHeading = new("時間／月", "Hours a month");
    public static readonly Text Total = new("合計", "Total");

    public static readonly Text Open = new("受付中", "open");
    public static readonly Text ClosedNow = new("締切済み", "closed");
    public static readonly Text NoBureau = new(
        "表示できる局がありません（局の取りまとめ担当は、現在の名簿で所属する局のみ表示されます）。",
        "There is no bureau to show (a bureau coordinator sees the bureau the current roster places them in).");
    public static readonly Text ByBureau = new("局ごとの状況", "By bureau");
    public static readonly Text ByDivision = new("課室ごとの状況", "By division");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text Divisions = new("課室数", "Divisions");
    public static readonly Text Rate = new("提出率", "Submitted");
    public static readonly Text Division = new("課室", "Division");
    public static readonly Text Status = new("状況", "Status");
    public static readonly Text LastChange = new("最終更新", "Last change");
    public static readonly Text SubmittedAt = new("提出日時", "Submitted");

    public static Text StatusLabel(string status) => status switch
    {
        EntryStatus.Submitted => SubmittedLabel,
        EntryStatus.Draft => DraftLabel,
        _ => NotStartedLabel,
    };
}
