using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Entries;

/// <summary>The messages the entry API and pages share.</summary>
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

    public static Text StatusLabel(string status) => status switch
    {
        EntryStatus.Submitted => SubmittedLabel,
        EntryStatus.Draft => DraftLabel,
        _ => NotStartedLabel,
    };
}
