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

namespace Transformation.TeamUp.Seasons;

/// <summary>
/// A season's home page: where it stands, its deadlines, and the pages this person has a part in (their division's
/// entry, the published entries, the bureau's completion, judging, the ranking, the awards). Mails link to those
/// pages directly; this is where someone arriving without a mail starts.
/// </summary>
public sealed class SeasonPageFunctions(SeasonStore seasons, RosterDirectory roster, PageRequests pages, JapanTime japanTime, TimeProvider time)
{
    [Function("TeamUpSeasonPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: a season's home: its phase and deadlines, and links to the pages the caller has a part in (own division's entry, "
        + "published entries, completion, judging, ranking, awards).")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var season = await seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return page.NotFound();
        }

        var caller = page.SignedIn;
        var now = time.GetUtcNow();
        var id = season.SeasonId;
        var links = new List<SeasonLink>();
        foreach (var division in await HeadedDivisionsAsync(season, caller.StaffId, cancellationToken))
        {
            var label = season.AcceptsEntries(now) ? SeasonTexts.WriteEntry : SeasonTexts.Entry;
            links.Add(new($"/team-up/{id}/entries/{division.Code}", label.With(division.Name)));
        }

        links.Add(season.IsPublished(now)
            ? new($"/team-up/{id}/entries", SeasonTexts.ReadEntries)
            : new(null, SeasonTexts.PublishedOn.With(When(season.EntryDeadlineUtc))));
        if (caller.IsIn(Roles.HrAdmin) || caller.IsIn(Roles.BureauCoordinator))
        {
            links.Add(new($"/team-up/{id}/completion", SeasonTexts.Completion));
        }

        if (season.IsJudge(caller.StaffId) && SeasonPhase.IsAtOrAfter(season.Phase, SeasonPhase.Judging))
        {
            links.Add(new($"/team-up/{id}/judging", SeasonTexts.Judging));
        }

        if (caller.IsIn(Roles.HrAdmin) && SeasonPhase.IsAtOrAfter(season.Phase, SeasonPhase.AwaitingConfirmation))
        {
            links.Add(new($"/team-up/{id}/ranking", SeasonTexts.Ranking));
        }

        if (season.Phase == SeasonPhase.Awarded)
        {
            links.Add(new($"/team-up/{id}/awards", SeasonTexts.Awards));
        }

        var judging = season.JudgingDeadlineUtc is { } until ? When(until) : null;
        var view = new SeasonPageView(season.Phase, When(season.EntryDeadlineUtc), judging, links);
        return page.Render<SeasonPage>(SeasonTexts.Title.With(id), view);
    }

    /// <summary>The divisions the caller heads, in the season's snapshot or in the current roster (a new head writes too).</summary>
    private async Task<IReadOnlyList<Division>> HeadedDivisionsAsync(Season season, string staffId, CancellationToken cancellationToken)
    {
        var indexes = new List<RosterIndex> { await roster.GetIndexAsync(season.SnapshotId, cancellationToken) };
        if (await roster.CurrentSnapshotIdAsync(cancellationToken) is { } current && current != season.SnapshotId)
        {
            indexes.Add(await roster.GetIndexAsync(current, cancellationToken));
        }

        return [.. indexes
            .SelectMany(i => i.Divisions.Where(d => i.Division(d.Code)?.Head.StaffId == staffId))
            .DistinctBy(d => d.Code, StringComparer.Ordinal)];
    }

    private Text When(DateTimeOffset instant) => DisplayDates.Both(japanTime.ToLocal(instant));
}
