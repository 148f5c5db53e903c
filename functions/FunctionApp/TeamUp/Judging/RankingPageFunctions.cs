using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// HR's ranking page (the ranking with its method written out, the judges' progress, and the confirm / adjust form)
/// and the awards page all staff read once the winners are announced.
/// </summary>
public sealed class RankingPageFunctions(
    JudgingCommands commands,
    JudgingViews views,
    SeasonSignals signals,
    PageRequests pages,
    JapanTime japanTime)
{
    [Function("TeamUpRankingPage")]
    [QueryParameter("done", "confirmed after HR confirmed the awards: says so.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page (HR): the ranking with the method in words, the judges' progress, and the form to confirm or adjust the awards "
        + "with a comment.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/ranking")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return page.NotFound();
        }

        return await RenderRankingAsync(page, season, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("TeamUpRankingPagePost")]
    [QueryParameter("done", "Read when the page is shown again: as on the GET.")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page (HR): confirms the awards as proposed or in an adjusted order with a comment (anti-forgery checked); "
        + "then the winners and all staff are told.")]
    public async Task<IActionResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "team-up/{seasonId}/ranking")] HttpRequest request,
        string seasonId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return page.NotFound();
        }

        var total = AwardPlaces.Total(commands.Judging.Options.Awards);
        var places = Enumerable.Range(0, total).Select(i => post.Field($"order[{i}]").Trim()).ToList();
        while (places.Count > 0 && places[^1].Length == 0)
        {
            places.RemoveAt(places.Count - 1);
        }

        var gaps = places.Select((p, i) => (p, i)).Where(x => x.p.Length == 0)
            .Select(x => new FieldError($"order[{x.i}]", RankingTexts.PlaceGap)).ToList();
        if (gaps.Count > 0)
        {
            return await RenderRankingAsync(page, season, FormState.FromPost(post.Form, gaps), StatusCodes.Status400BadRequest,
                cancellationToken);
        }

        var staffId = page.SignedIn.StaffId;
        var (outcome, _) = await commands.ConfirmAwardAsync(seasonId, staffId, [.. places], post.Field("comment"), cancellationToken);
        switch (outcome.Kind)
        {
            case JudgingOutcomeKind.Done:
                await signals.RaiseAsync(client, seasonId, SeasonEvents.AwardConfirmed, staffId, cancellationToken);
                // Post, redirect, get: a reload does not confirm again.
                return new RedirectResult($"/team-up/{Uri.EscapeDataString(seasonId)}/ranking?done=confirmed&lang={page.Language.Code()}",
                    permanent: false, preserveMethod: false);
            case JudgingOutcomeKind.Invalid:
                var errors = (outcome.Errors ?? []).Select(e => e.Field == "order" ? e with { Field = "order[0]" } : e).ToList();
                return await RenderRankingAsync(page, season, FormState.FromPost(post.Form, errors), StatusCodes.Status400BadRequest,
                    cancellationToken);
            default:
                return PageResults.Error(request, page.Language, StatusCodes.Status409Conflict, RankingTexts.CannotConfirmTitle, outcome.Message!);
        }
    }

    [Function("TeamUpAwardsPage")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page (all staff): the season's winners with links to their entries, HR's comment and how the ranking was decided.")]
    public async Task<IActionResult> Awards(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/awards")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return page.NotFound();
        }

        var view = await views.AwardsAsync(season, page.Language, cancellationToken);
        if (view is null)
        {
            return PageResults.Error(
                request, page.Language, StatusCodes.Status409Conflict, RankingTexts.AwardsNotYetTitle, RankingTexts.AwardsNotYet);
        }

        return page.Render<AwardsPage>(RankingTexts.AwardsTitle.With(season.SeasonId), view);
    }

    private async Task<IActionResult> RenderRankingAsync(
        PageRequest page, Season season, FormState? failed, int status, CancellationToken cancellationToken)
    {
        var ranking = await views.RankingAsync(season, page.Language, cancellationToken);
        var progress = await views.ProgressAsync(season, cancellationToken);
        var confirmed = page.Http.Query["done"].ToString() == "confirmed";
        var deadline = progress.JudgingDeadlineUtc is { } d ? DisplayDates.Both(japanTime.ToLocal(d)) : null;
        var decision = ranking?.Award is { } award ? Decision(award, ranking) : null;
        var confirm = decision is null && ranking is not null && season.Phase == SeasonPhase.AwaitingConfirmation
            ? ConfirmForm(page, ranking, failed ?? FormState.Of(Proposed(ranking)))
            : null;
        var view = new RankingPageView(confirmed, ranking, views.Method, progress, deadline, decision, confirm);
        return page.Render<RankingPage>(RankingTexts.RankingTitle.With(season.SeasonId), view, status);
    }

    private AwardConfirmForm ConfirmForm(PageRequest page, RankingView ranking, FormState form)
    {
        var awards = commands.Judging.Options.Awards;
        var names = awards.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var divisions = new List<Choice> { new("", RankingTexts.NoDivision) };
        divisions.AddRange(ranking.Entries.Select(r =>
            new Choice(r.DivisionCode, RankingTexts.RankedDivision.With(r.Rank, r.DivisionName, r.BureauName))));
        var order = Enumerable.Range(0, AwardPlaces.Total(awards)).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var places = AwardPlaces.Assign(order, awards)
            .Select(p => new AwardSlot($"order[{p.Place - 1}]", RankingTexts.Place.With(p.Place, names[p.AwardId])))
            .ToList();
        return new AwardConfirmForm(form, places, divisions, page.Csrf);
    }

    private ConfirmedAwards Decision(AwardDecision award, RankingView ranking)
    {
        var names = ranking.Entries.ToDictionary(r => r.DivisionCode, r => r.DivisionName, StringComparer.Ordinal);
        var awards = commands.Judging.Options.Awards.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var winners = AwardPlaces.Assign(award.Order, commands.Judging.Options.Awards)
            .Select(p => new ConfirmedAward(p.DivisionCode, awards[p.AwardId].Name, names.GetValueOrDefault(p.DivisionCode, p.DivisionCode)))
            .ToList();
        return new ConfirmedAwards(DisplayDates.Both(japanTime.ToLocal(award.DecidedAtUtc)), award.Adjusted, award.Comment, winners);
    }

    private static Dictionary<string, string?> Proposed(RankingView ranking) =>
        ranking.Proposal.Select((code, i) => (Key: $"order[{i}]", Code: code))
            .ToDictionary(x => x.Key, x => (string?)x.Code, StringComparer.Ordinal);
}
