using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>
/// A season's home page: where it stands, its deadlines, and the pages this person has a part in (their division's
/// entry, the published entries, the bureau's completion, judging, the ranking, the awards). Mails link to those
/// pages directly; this is where someone arriving without a mail starts.
/// </summary>
public sealed class SeasonPageFunctions(SeasonStore seasons, RosterDirectory roster, CallerLanguage languages, JapanTime japanTime, TimeProvider time)
{
    private static readonly Text Title = new("チームアップ・チャレンジ", "Team-Up Challenge");

    private static readonly Dictionary<string, Text> Phases = new(StringComparer.Ordinal)
    {
        [SeasonPhase.Entries] = new("応募受付中", "Open for entries"),
        [SeasonPhase.AwaitingPanel] = new("応募を公開中（審査員の指名待ち）", "Entries published (the panel is being named)"),
        [SeasonPhase.Judging] = new("応募を公開中・審査中", "Entries published, judging under way"),
        [SeasonPhase.AwaitingConfirmation] = new("審査終了（人事課による表彰の確定待ち）", "Judging closed (HR is confirming the awards)"),
        [SeasonPhase.Awarded] = new("表彰決定", "Awards announced"),
    };

    [Function("TeamUpSeasonPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: a season's home: its phase and deadlines, and links to the pages the caller has a part in (own division's entry, published entries, completion, judging, ranking, awards).")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var season = await seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        var caller = Caller.Of(request.HttpContext)!;
        var now = time.GetUtcNow();
        var links = new List<Html>();
        foreach (var division in await HeadedDivisionsAsync(season, caller.StaffId, cancellationToken))
        {
            links.Add(Link($"/team-up/{season.SeasonId}/entries/{division.Code}",
                season.AcceptsEntries(now) ? new Text($"{division.Name}の応募を書く", $"Write the entry of {division.Name}") : new Text($"{division.Name}の応募", $"The entry of {division.Name}"), language));
        }

        links.Add(season.IsPublished(now)
            ? Link($"/team-up/{season.SeasonId}/entries", new Text("各課室の応募を読む・検索する", "Read and search the divisions' entries"), language)
            : Html.Format($"""<li>{new Text($"各課室の応募は {Date(season.EntryDeadlineUtc, language)} に公開されます。", $"The divisions' entries are published on {Date(season.EntryDeadlineUtc, language)}.").In(language)}</li>"""));
        if (caller.IsIn(Roles.HrAdmin) || caller.IsIn(Roles.BureauCoordinator))
        {
            links.Add(Link($"/team-up/{season.SeasonId}/completion", new Text("応募状況（局・課室ごと）", "Entries so far, by bureau and division"), language));
        }

        if (season.IsJudge(caller.StaffId) && SeasonPhase.IsAtOrAfter(season.Phase, SeasonPhase.Judging))
        {
            links.Add(Link($"/team-up/{season.SeasonId}/judging", new Text("審査（採点）", "Judging (scores)"), language));
        }

        if (caller.IsIn(Roles.HrAdmin) && SeasonPhase.IsAtOrAfter(season.Phase, SeasonPhase.AwaitingConfirmation))
        {
            links.Add(Link($"/team-up/{season.SeasonId}/ranking", new Text("順位と表彰の確定", "Ranking and award confirmation"), language));
        }

        if (season.Phase == SeasonPhase.Awarded)
        {
            links.Add(Link($"/team-up/{season.SeasonId}/awards", new Text("表彰結果と審査方法", "The awards and how entries were judged"), language));
        }

        var judging = season.JudgingDeadlineUtc is { } until
            ? Html.Format($"""<li>{new Text("審査期限", "Judging closes").In(language)}: {Date(until, language)}</li>""")
            : Html.Empty;
        var body = Html.Format($"""
            <p>{new Text("各課室が運営方針と「止める仕事」を公開し、チームで働く工夫を競います。優れた取組は全職員に共有され、表彰されます。", "Each division publishes its management policy and the work it stops, and shows how its team works together; the best efforts are shared with all staff and win an award.").In(language)}</p>
            <p class="phase" data-phase="{season.Phase}"><strong>{Phases.GetValueOrDefault(season.Phase, new Text(season.Phase, season.Phase)).In(language)}</strong></p>
            <ul class="deadlines"><li>{new Text("応募締切", "Entries close").In(language)}: {Date(season.EntryDeadlineUtc, language)}</li>{judging}</ul>
            <h2>{new Text("このシーズンのページ", "Pages of this season").In(language)}</h2>
            <ul class="links">{Html.Join(links)}</ul>
            """);
        return PageResults.Page(request, language, $"{Title.In(language)} {season.SeasonId}", body);
    }

    /// <summary>The divisions the caller heads, in the season's snapshot or in the current roster (a new head writes too).</summary>
    private async Task<IReadOnlyList<Division>> HeadedDivisionsAsync(Season season, string staffId, CancellationToken cancellationToken)
    {
        var indexes = new List<RosterIndex> { await roster.GetIndexAsync(season.SnapshotId, cancellationToken) };
        if (await roster.CurrentSnapshotIdAsync(cancellationToken) is { } current && current != season.SnapshotId)
        {
            indexes.Add(await roster.GetIndexAsync(current, cancellationToken));
        }

        return [.. indexes.SelectMany(i => i.Divisions.Where(d => i.Division(d.Code)?.Head.StaffId == staffId)).DistinctBy(d => d.Code, StringComparer.Ordinal)];
    }

    private string Date(DateTimeOffset instant, Language language) => DisplayDates.Format(japanTime.ToLocal(instant), language);

    private static Html Link(string path, Text label, Language language) =>
        Html.Format($"""<li><a href="{path}?lang={language.Code()}">{label.In(language)}</a></li>""");
}
