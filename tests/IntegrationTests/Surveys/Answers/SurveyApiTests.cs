using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Transformation.Surveys.Api;
using Transformation.Surveys.Sealing;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>The same survey through the JSON API: draft, submit once, problem+json errors that store nothing.</summary>
public sealed class SurveyApiTests : IDisposable
{
    private readonly SurveyHarness _survey = new();

    public void Dispose() => _survey.Dispose();

    [Fact]
    public async Task Draft_then_submit_once_then_conflict()
    {
        var link = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, 1), DateTimeOffset.UtcNow.AddDays(14))).Links[0];
        var api = "/api/survey/" + link.Token;

        var view = Assert.IsType<SurveyView>(Assert.IsType<OkObjectResult>(await _survey.Api.Get(SurveyHttp.Get(_survey.Services, api), link.Token, CancellationToken.None)).Value);
        Assert.Equal(60, view.Categories.Sum(c => c.Items.Count));
        Assert.Equal("仕事", view.Categories[0].Name);
        Assert.Empty(view.Draft.Scores);

        var saved = await _survey.Api.SaveDraft(SurveyHttp.Json(_survey.Services, "PUT", api, """{"scores":{"W01":4,"O20":2,"P05":null},"comments":{"organisation":"幹部の発信をもっと"}}"""), link.Token, CancellationToken.None);
        Assert.Equal(200, SurveyHttp.Status(saved));
        view = Assert.IsType<SurveyView>(Assert.IsType<OkObjectResult>(await _survey.Api.Get(SurveyHttp.Get(_survey.Services, api), link.Token, CancellationToken.None)).Value);
        Assert.Equal(new Dictionary<string, int> { ["W01"] = 4, ["O20"] = 2 }, view.Draft.Scores);

        var submitted = await _survey.Api.Submit(SurveyHttp.Json(_survey.Services, "POST", api + "/submit", null), link.Token, CancellationToken.None);
        Assert.Equal(200, SurveyHttp.Status(submitted));
        var again = await _survey.Api.Submit(SurveyHttp.Json(_survey.Services, "POST", api + "/submit", """{"scores":{"W01":1}}"""), link.Token, CancellationToken.None);
        Assert.Equal(409, SurveyHttp.Status(again));
        Assert.Contains("application/problem+json", Assert.IsType<ObjectResult>(again).ContentTypes);

        await _survey.Cycles.CloseAsync("2026");
        await _survey.Sealer.ReleaseCycleAsync("2026");
        var response = Assert.Single(await _survey.ResponsesAsync("2026"));
        Assert.Equal(new Dictionary<string, int> { ["W01"] = 4, ["O20"] = 2 }, response.Scores);
        Assert.Equal("幹部の発信をもっと", response.Comments["organisation"]);
    }

    [Fact]
    public async Task Bad_values_get_problem_json_naming_each_field_and_nothing_is_stored()
    {
        var link = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, 1), DateTimeOffset.UtcNow.AddDays(14))).Links[0];
        var api = "/api/survey/" + link.Token;

        var bad = await _survey.Api.SaveDraft(SurveyHttp.Json(_survey.Services, "PUT", api, """{"scores":{"W01":7,"Z01":3,"W02":"4"}}"""), link.Token, CancellationToken.None);
        var badSubmit = await _survey.Api.Submit(SurveyHttp.Json(_survey.Services, "POST", api + "/submit", """{"scores":{"W01":0}}"""), link.Token, CancellationToken.None);
        var notJson = await _survey.Api.SaveDraft(SurveyHttp.Json(_survey.Services, "PUT", api, "{scores"), link.Token, CancellationToken.None);

        Assert.Equal(400, SurveyHttp.Status(bad));
        var problem = Assert.IsType<ProblemDetails>(Assert.IsType<ObjectResult>(bad).Value);
        var fields = JsonSerializer.Serialize(problem.Extensions["errors"]);
        Assert.Contains("\"field\":\"scores.W02\"", fields, StringComparison.Ordinal);
        Assert.Equal(400, SurveyHttp.Status(badSubmit));
        Assert.Contains("W01", JsonSerializer.Serialize(Assert.IsType<ProblemDetails>(Assert.IsType<ObjectResult>(badSubmit).Value).Extensions["errors"]), StringComparison.Ordinal);
        Assert.Equal(400, SurveyHttp.Status(notJson));
        var view = Assert.IsType<SurveyView>(Assert.IsType<OkObjectResult>(await _survey.Api.Get(SurveyHttp.Get(_survey.Services, api), link.Token, CancellationToken.None)).Value);
        Assert.Empty(view.Draft.Scores);
        Assert.Empty(await _survey.RawAsync(SurveySealer.HoldingTable));
        Assert.Single(await _survey.Invitations.NonRespondentsAsync("2026"));
    }

    [Fact]
    public async Task Range_and_unknown_item_errors_are_reported_together()
    {
        var link = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, 1), DateTimeOffset.UtcNow.AddDays(14))).Links[0];

        var bad = await _survey.Api.SaveDraft(SurveyHttp.Json(_survey.Services, "PUT", "/api/survey/" + link.Token, """{"scores":{"W01":7,"Z01":3}}"""), link.Token, CancellationToken.None);

        var fields = JsonSerializer.Serialize(Assert.IsType<ProblemDetails>(Assert.IsType<ObjectResult>(bad).Value).Extensions["errors"]);
        Assert.Contains("\"field\":\"W01\"", fields, StringComparison.Ordinal);
        Assert.Contains("\"field\":\"Z01\"", fields, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_survey_answers_410_and_an_unknown_link_404()
    {
        var link = (await _survey.Invitations.InviteAsync("2026", new StaffBuilder().People(1, 1), DateTimeOffset.UtcNow.AddDays(14))).Links[0];
        await _survey.Cycles.CloseAsync("2026");

        var closed = await _survey.Api.Submit(SurveyHttp.Json(_survey.Services, "POST", "/api/survey/x/submit", """{"scores":{"W01":3}}"""), link.Token, CancellationToken.None);
        var unknown = await _survey.Api.Get(SurveyHttp.Get(_survey.Services, "/api/survey/sample-1"), "sample-1", CancellationToken.None);

        Assert.Equal(410, SurveyHttp.Status(closed));
        Assert.Equal(404, SurveyHttp.Status(unknown));
        Assert.Empty(await _survey.RawAsync(SurveySealer.HoldingTable));
    }
}
