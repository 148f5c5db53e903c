using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Rating.Completion;

/// <summary>
/// HR's completion page of a round: by subject (invited and submitted per rater group) or by rater (how many of their
/// subjects they submitted), a page of <see cref="PageSize"/> at a time, filtered by bureau. Counts only: the page
/// never reads an answer, and there is none in the rows it reads.
/// </summary>
public sealed class RatingCompletionFunctions(RoundStore rounds, RaterInvitations invitations, PageRequests pages)
{
    public const int PageSize = 100;

    [Function("ThreeSixtyCompletionPage")]
    [QueryParameter("view", "subjects (the default) or raters.")]
    [QueryParameter("bureau", "Only subjects (or raters) of this bureau code; all without it.")]
    [QueryParameter("page", "The page of 100, from 1.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Description("Page for HR: completion of a 360 round by subject (invited and submitted per rater group) or by rater "
        + "(?view=subjects|raters, ?bureau=, ?page=), 100 a page; never any answer. 404 for an unknown round.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "360/{roundId}/completion")] HttpRequest request,
        string roundId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        if (await rounds.GetAsync(roundId, cancellationToken) is not { } round)
        {
            return page.NotFound();
        }

        var byRater = request.Query["view"] == "raters";
        var bureau = request.Query["bureau"].ToString();
        var number = int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        var raters = round.Partitions > 0 ? await invitations.ParticipationAsync(round, cancellationToken) : [];
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in raters.SelectMany(r => r.Subjects).Select(s => s.BureauCode).Where(c => c.Length > 0))
        {
            names.TryAdd(code, code);
        }

        foreach (var r in raters.Where(r => r.BureauCode.Length > 0))
        {
            names[r.BureauCode] = r.BureauName.Length > 0 ? r.BureauName : r.BureauCode;
        }

        var bureaus = names.Select(b => new Choice(b.Key, new Text(b.Value, b.Value))).ToList();
        bureaus.Insert(0, new Choice("", ThreeSixtyRatingTexts.AllBureaus));
        var subjects = RatingCompletion.BySubject(raters).Where(s => bureau.Length == 0 || s.BureauCode == bureau).ToList();
        var raterRows = RatingCompletion.ByRater(raters).Where(r => bureau.Length == 0 || r.BureauCode == bureau).ToList();
        var total = byRater ? raterRows.Count : subjects.Count;
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        number = Math.Min(number, pageCount);
        var path = $"/360/{roundId}/completion";
        string Href(string view, int p) => PageLinks.InLanguage(
            $"{path}?view={view}&bureau={Uri.EscapeDataString(bureau)}&page={p.ToString(CultureInfo.InvariantCulture)}", page.Language);
        var view = byRater ? "raters" : "subjects";
        var model = new RatingCompletionView(
            roundId,
            round.Partitions > 0,
            byRater,
            path,
            bureaus,
            bureau,
            [
                new CompletionLink(Href("subjects", 1), ThreeSixtyRatingTexts.BySubject, !byRater),
                new CompletionLink(Href("raters", 1), ThreeSixtyRatingTexts.ByRater, byRater),
            ],
            raters.Count,
            raters.Count(r => r.Subjects.Count > 0 && r.Submitted == r.Subjects.Count),
            raters.Sum(r => r.Subjects.Count),
            raters.Sum(r => r.Submitted),
            byRater ? [] : [.. subjects.Skip((number - 1) * PageSize).Take(PageSize)],
            byRater ? [.. raterRows.Skip((number - 1) * PageSize).Take(PageSize)] : [],
            total,
            number,
            pageCount,
            number > 1 ? Href(view, number - 1) : null,
            number < pageCount ? Href(view, number + 1) : null);
        return page.Render<RatingCompletionPage>(ThreeSixtyRatingTexts.CompletionTitle, model);
    }
}
