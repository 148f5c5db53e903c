using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// The judge's page: the rubric guide, then every entry offered (entries of the judge's own bureau are not shown),
/// each with its own form of 1–5 per criterion and a comment, saved one entry at a time.
/// </summary>
public sealed class JudgingPageFunctions(JudgingCommands commands, JudgingViews views, PageRequests pages, JapanTime japanTime)
{
    [Function("TeamUpJudgingPage")]
    [QueryParameter("done", "The division whose scorecard was just saved, marked as such.")]
    [Authorize(Roles = Roles.Judge)]
    [Description("Page: a judge's entries with the rubric guide, 1–5 per criterion and a comment, saved per entry; "
        + "entries of the judge's own bureau are not offered.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/judging")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var (season, refused) = await SeasonForJudgeAsync(page, seasonId, cancellationToken);
        return refused ?? await RenderAsync(page, season!, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function("TeamUpJudgingPagePost")]
    [QueryParameter("done", "Read when the page is shown again: as on the GET.")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.Judge)]
    [Description("Page: a judge saves the scores of one entry (anti-forgery checked); errors next to the fields, own-bureau entries "
        + "refused, nothing written when refused.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "team-up/{seasonId}/judging")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var (season, refused) = await SeasonForJudgeAsync(page, seasonId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var posted = post.Form;
        var division = post.Field("division");
        var prefix = division + ".";
        var values = posted.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != prefix + "comment")
            .ToDictionary(k => k[prefix.Length..], k => (string?)posted[k].ToString(), StringComparer.Ordinal);
        foreach (var criterion in commands.Judging.Rubric.Where(c => !values.ContainsKey(c.Id)))
        {
            values[criterion.Id] = null;
        }

        var (outcome, _) = await commands.ScoreAsync(
            seasonId, page.SignedIn.StaffId, division, values, post.Field(prefix + "comment"), cancellationToken);
        var language = page.Language;
        switch (outcome.Kind)
        {
            case JudgingOutcomeKind.Done:
                // Post, redirect, get, back at the entry just scored.
                var code = Uri.EscapeDataString(division);
                return new RedirectResult(
                    $"/team-up/{Uri.EscapeDataString(seasonId)}/judging?done={code}&lang={language.Code()}#entry-{code}",
                    permanent: false, preserveMethod: false);
            case JudgingOutcomeKind.Invalid:
                var errors = (outcome.Errors ?? [])
                    .Select(e => e with { Field = prefix + WithoutScores(e.Field) })
                    .ToList();
                return await RenderAsync(page, season!, (division, FormState.FromPost(posted, errors)), StatusCodes.Status400BadRequest,
                    cancellationToken);
            case JudgingOutcomeKind.Forbidden:
                return PageResults.Error(request, language, StatusCodes.Status403Forbidden, JudgingTexts.ForbiddenTitle, outcome.Message!);
            case JudgingOutcomeKind.NotFound:
                return PageResults.Error(request, language, StatusCodes.Status404NotFound, JudgingTexts.NotFoundTitle, outcome.Message!);
            default:
                return PageResults.Error(request, language, StatusCodes.Status409Conflict, JudgingTexts.NotSavedTitle, outcome.Message!);
        }
    }

    private async Task<(Season? Season, IActionResult? Refused)> SeasonForJudgeAsync(
        PageRequest page, string seasonId, CancellationToken cancellationToken)
    {
        var season = await commands.Judging.Seasons.GetAsync(seasonId, cancellationToken);
        if (season is null)
        {
            return (null, page.NotFound());
        }

        return season.IsJudge(page.SignedIn.StaffId)
            ? (season, null)
            : (null, PageResults.Error(
                page.Http, page.Language, StatusCodes.Status403Forbidden, JudgingTexts.NotJudgeTitle, JudgingCommands.NotJudge));
    }

    private async Task<IActionResult> RenderAsync(
        PageRequest page, Season season, (string Division, FormState Form)? failed, int status, CancellationToken cancellationToken)
    {
        var judgeId = page.SignedIn.StaffId;
        var judging = await views.JudgingAsync(season, judgeId, page.Language, cancellationToken);
        var people = await commands.Judging.PeopleAsync(season, cancellationToken);
        var ownBureau = people.BureauOf(judgeId) is { } code ? people.Bureau(code)?.Name ?? code : null;
        var done = page.Http.Query["done"].ToString();
        var saved = judging.Entries.FirstOrDefault(e => e.DivisionCode == done);
        var deadline = judging.JudgingDeadlineUtc is { } d ? DisplayDates.Both(japanTime.ToLocal(d)) : null;
        var scale = Enumerable.Range(Scorecard.Lowest, Scorecard.Highest)
            .Select(i => new Choice(i.ToString(CultureInfo.InvariantCulture), JudgingTexts.Scale(i)))
            .ToList();
        var cards = judging.Entries
            .Select(e => new JudgingCard(e, failed is { } f && f.Division == e.DivisionCode ? f.Form : FormState.Of(Values(e))))
            .ToList();
        var view = new JudgingPageView(judging, saved, deadline, ownBureau, cards, scale, page.Csrf);
        return page.Render<JudgingPage>(JudgingTexts.Title.With(season.SeasonId), view, status);
    }

    /// <summary>The API names a score "scores.{criterion}"; on the page its field is "{division}.{criterion}".</summary>
    private static string WithoutScores(string field) =>
        field.StartsWith("scores.", StringComparison.Ordinal) ? field["scores.".Length..] : field;

    private static Dictionary<string, string?> Values(JudgingEntryView entry)
    {
        var prefix = entry.DivisionCode + ".";
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (criterion, score) in entry.Scores ?? new Dictionary<string, int>())
        {
            values[prefix + criterion] = score.ToString(CultureInfo.InvariantCulture);
        }

        values[prefix + "comment"] = entry.Comment;
        return values;
    }
}
