using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.TeamUp.Workflow;

/// <summary>HR's Team-Up season page: this year's and last year's seasons, and what HR may do with each.</summary>
/// <param name="Openable">The year HR may open (no season of it yet); null when this year's exists.</param>
/// <param name="RosterMissing">No roster imported yet: opening would be refused, so the page says so instead of offering it.</param>
/// <param name="Search">The roster search beside the panel form of the season it serves; null when no panel can change.</param>
/// <param name="Notice">What the last action did (after its redirect).</param>
/// <param name="Problem">Why the last action was refused, shown above everything else.</param>
/// <param name="ProblemDetails">The reasons under <paramref name="Problem"/> (a refused panel of a season not shown here).</param>
public sealed record SeasonConsolePageView(
    IReadOnlyList<SeasonConsoleCard> Seasons,
    int? Openable,
    bool RosterMissing,
    CsrfField Csrf,
    RosterSearch? Search,
    Text? Notice = null,
    Text? Problem = null,
    IReadOnlyList<Text>? ProblemDetails = null);

/// <summary>One season on the page, its times already in Japan time and written for the reader.</summary>
/// <param name="Stored">False just after opening, before the workflow has written the season (only the stage is known).</param>
/// <param name="Stopped">The season's workflow failed or was ended: HR should look at the needs-attention list.</param>
/// <param name="PanelText">What the panel form shows: the ids as posted after a refusal, else the current panel.</param>
/// <param name="PanelErrors">Why the last panel post was refused, each naming its line.</param>
public sealed record SeasonConsoleCard(
    string SeasonId,
    bool Stored,
    string Phase,
    Text PhaseName,
    bool Stopped,
    Text? EntryDeadline,
    Text? JudgingDeadline,
    SeasonCompletion? Completion,
    IReadOnlyList<StaffMember> Panel,
    bool PanelChangeable,
    string PanelText,
    IReadOnlyList<Text> PanelErrors);

/// <summary>How many divisions the season asked, and how many submitted an entry.</summary>
public sealed record SeasonCompletion(int Divisions, int Submitted);

/// <summary>A search of the season's roster for judges: what was asked, who matched (the first ones), and whether there were more.</summary>
public sealed record RosterSearch(string SeasonId, string Query, IReadOnlyList<StaffMember> Found, bool More, int Limit);
