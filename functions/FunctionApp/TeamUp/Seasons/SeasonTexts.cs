using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Seasons;

/// <summary>The texts of a season's home page: where it stands, its deadlines, and the pages the reader has a part in.</summary>
public static class SeasonTexts
{
    public static readonly Text Title = new("チームアップ・チャレンジ {0}", "Team-Up Challenge {0}");
    public static readonly Text About = new(
        "各課室が運営方針と「止める仕事」を公開し、チームで働く工夫を競います。優れた取組は全職員に共有され、表彰されます。",
        "Each division publishes its management policy and the work it stops, and shows how its team works together; "
        + "the best efforts are shared with all staff and win an award.");

    public static readonly Text PhaseEntries = new("応募受付中", "Open for entries");
    public static readonly Text PhaseAwaitingPanel = new("応募を公開中（審査員の指名待ち）", "Entries published (the panel is being named)");
    public static readonly Text PhaseJudging = new("応募を公開中・審査中", "Entries published, judging under way");
    public static readonly Text PhaseAwaitingConfirmation = new("審査終了（人事課による表彰の確定待ち）", "Judging closed (HR is confirming the awards)");
    public static readonly Text PhaseAwarded = new("表彰決定", "Awards announced");

    public static readonly Text EntriesClose = new("応募締切", "Entries close");
    public static readonly Text JudgingCloses = new("審査期限", "Judging closes");
    public static readonly Text Pages = new("このシーズンのページ", "Pages of this season");

    public static readonly Text WriteEntry = new("{0}の応募を書く", "Write the entry of {0}");
    public static readonly Text Entry = new("{0}の応募", "The entry of {0}");
    public static readonly Text ReadEntries = new("各課室の応募を読む・検索する", "Read and search the divisions' entries");
    public static readonly Text PublishedOn = new("各課室の応募は {0} に公開されます。", "The divisions' entries are published on {0}.");
    public static readonly Text Completion = new("応募状況（局・課室ごと）", "Entries so far, by bureau and division");
    public static readonly Text Judging = new("審査（採点）", "Judging (scores)");
    public static readonly Text Ranking = new("順位と表彰の確定", "Ranking and award confirmation");
    public static readonly Text Awards = new("表彰結果と審査方法", "The awards and how entries were judged");

    /// <summary>The stage as staff read it; a stage this page does not know is shown as it is stored.</summary>
    public static Text PhaseName(string phase) => phase switch
    {
        SeasonPhase.Entries => PhaseEntries,
        SeasonPhase.AwaitingPanel => PhaseAwaitingPanel,
        SeasonPhase.Judging => PhaseJudging,
        SeasonPhase.AwaitingConfirmation => PhaseAwaitingConfirmation,
        SeasonPhase.Awarded => PhaseAwarded,
        _ => new(phase, phase),
    };
}
