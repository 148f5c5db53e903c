using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Tests.Surveys.Answers;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Rating;

/// <summary>One rater's browser on the rating pages: it keeps the link cookie and sends forms as a browser does.</summary>
public sealed class RaterBrowser(RatingHarness harness)
{
    private string? _cookie;

    public async Task<IActionResult> OpenLinkAsync(string token)
    {
        var request = SurveyHttp.Get(harness.Services, "/360/r/" + token);
        var result = await harness.Pages.Link(request, token, CancellationToken.None);
        if (SurveyHttp.Status(result) == StatusCodes.Status303SeeOther)
        {
            _cookie = SurveyHttp.Cookie(request, "tx_360");
        }

        return result;
    }

    public Task<IActionResult> ListAsync(string? query = null) =>
        harness.Pages.List(SurveyHttp.Get(harness.Services, "/360/rate", query, _cookie), CancellationToken.None);

    public Task<IActionResult> FormAsync(string subjectId, string? query = null) =>
        harness.Pages.Form(SurveyHttp.Get(harness.Services, "/360/rate/" + subjectId, query, _cookie), subjectId, CancellationToken.None);

    /// <summary>Shows the subject's form, then posts it with <paramref name="values"/> and the button <paramref name="action"/>.</summary>
    public async Task<IActionResult> PostAsync(string subjectId, IReadOnlyDictionary<string, string> values, string action)
    {
        var shown = SurveyHttp.Get(harness.Services, "/360/rate/" + subjectId, null, _cookie);
        var page = await harness.Pages.Form(shown, subjectId, CancellationToken.None);
        var (csrfCookie, field, link) = SurveyHttp.Antiforgery(shown, page);
        var form = new Dictionary<string, string>(values) { ["__csrf"] = field, ["link"] = link, ["action"] = action };
        var request = SurveyHttp.Form(harness.Services, form, $"{_cookie}; {csrfCookie}");
        request.Path = "/360/rate/" + subjectId;
        return await harness.Pages.Post(request, subjectId, CancellationToken.None);
    }

    /// <summary>Every item of the questionnaire answered with <paramref name="score"/> ("1".."5" or "na"), and comments.</summary>
    public static Dictionary<string, string> AllItems(RatingHarness harness, string score, string? strengths = null)
    {
        var questionnaire = harness.Services.GetService(typeof(Transformation.ThreeSixty.Questionnaire.RatingQuestionnaireSource))
            as Transformation.ThreeSixty.Questionnaire.RatingQuestionnaireSource;
        var values = questionnaire!.Current.Items.ToDictionary(i => i.Id, _ => score, StringComparer.Ordinal);
        values[RatingRules.StrengthsField] = strengths ?? "";
        values[RatingRules.SuggestionsField] = "";
        return values;
    }
}
