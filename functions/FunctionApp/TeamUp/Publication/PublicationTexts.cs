using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Publication;

/// <summary>The texts of the published entries: the page (list, totals, search) and the API's "not yet".</summary>
public static class PublicationTexts
{
    public static readonly Text Title = new("チームアップ・チャレンジ 応募一覧（{0}）", "Team-Up Challenge entries（{0}）");

    /// <summary>Before the deadline; {0} is the deadline in Japan time.</summary>
    public static readonly Text NotYet = new(
        "応募の公開は応募締切（{0}）の後です。締切後にもう一度ご覧ください。",
        "Entries are published after the entry deadline ({0}, Japan time). Please come back then.");

    public static readonly Text AllBureaus = new("すべての局", "All bureaus");
    public static readonly Text Keywords = new("キーワード（スペース区切りですべてを含むもの）", "Keywords (entries containing all of them)");
    public static readonly Text Bureau = new("局", "Bureau");
    public static readonly Text Search = new("検索", "Search");

    public static readonly Text HoursFreed = new("止める仕事による削減時間（月あたり）", "Hours a month freed by stopping work");
    public static readonly Text EntryCount = new("応募数", "Entries");
    public static readonly Text HoursAMonthHeading = new("時間／月", "Hours a month");
    public static readonly Text MinistryWide = new("省全体", "Ministry-wide");

    public static readonly Text Entries = new("応募", "Entries");
    public static readonly Text Matched = new("{0}件が該当しました（削減時間 {1} 時間／月）。", "{0} matching entries ({1} hours a month).");
    public static readonly Text NoneSubmitted = new("提出された応募はありません。", "No entries were submitted.");
    public static readonly Text NoneMatched = new("該当する応募はありません。キーワードを変えてお試しください。", "No entry matches. Try other keywords.");
    public static readonly Text Saves = new("削減", "saves");
    public static readonly Text HoursAMonth = new("時間／月", "hours a month");
}
