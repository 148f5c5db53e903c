using Microsoft.Playwright;
using static Transformation.Tests.Accessibility.SamplePagesFixture;

namespace Transformation.Tests.Accessibility;

/// <summary>
/// Every page people use, as the person who uses it, in Japanese and in English: axe finds nothing serious or
/// critical (every field labelled, enough contrast, the page's language, landmarks, unique ids, table headers).
/// </summary>
[Collection(SamplePagesCollection.Name)]
public sealed class PagesInChromiumTests(SamplePagesFixture pages)
{
    private const string Unknown = "00000000000000000000000000000000";

    /// <summary>
    /// A page: where it is (given the sample data), who opens it (nobody: no sign-in), and where they go next when
    /// the page is reached through another (a mailed link's cookie).
    /// </summary>
    private sealed record Visit(Func<SamplePagesFixture, string> Path, SamplePerson? Person, bool Bilingual = true, string? Then = null);

    private static readonly Dictionary<string, Visit> Visits = new()
    {
        ["home (employee)"] = new(_ => "/", Employee),
        ["home (HR)"] = new(_ => "/", Hr),
        ["care sheets"] = new(_ => "/care-sheets", Owner),
        ["care sheet form"] = new(_ => "/care-sheets/new", Owner),
        ["care sheet edit form"] = new(f => $"/care-sheets/{f.SheetId}/edit", Owner),
        ["care sheets to approve"] = new(_ => "/care-sheets/to-approve", Approver),
        ["care sheet decision"] = new(f => $"/care-sheets/{f.SheetId}", Approver),
        ["care sheet approval link"] = new(f => f.ApprovalLink, null),
        ["roster import"] = new(_ => "/organisation/roster", Hr),
        ["survey cycle console"] = new(_ => "/survey-cycles", Hr),
        ["needs attention"] = new(_ => "/attention", Hr),
        ["every care sheet (HR)"] = new(_ => "/care-sheets/all", Hr),
        ["care sheet audit trail"] = new(f => $"/care-sheets/{f.SheetId}/audit", Hr),
        ["team-up season console"] = new(_ => "/team-up-seasons", Hr),
        ["360 round console"] = new(_ => "/360/rounds", Hr),
        ["overtime designations (HR)"] = new(_ => "/overtime/designations", Hr),
        ["my overtime"] = new(_ => "/overtime", Employee),
        ["my overtime with today's request"] = new(_ => "/overtime", OvertimeRequester),
        ["overtime day"] = new(f => $"/overtime/days/{f.OvertimeDay}", OvertimeRequester),
        ["overtime requests to approve"] = new(_ => "/overtime/approvals", Approver),
        ["overtime decision"] = new(f => $"/overtime/approvals/{OvertimeRequesterId}/{f.OvertimeDay}", Approver),
        ["overtime approval link"] = new(f => f.OvertimeLink, null),
        ["overtime actuals import (HR)"] = new(_ => "/overtime/actuals/import", Hr),
        ["doctor's interviews (health office)"] = new(_ => $"/overtime/interviews?month={InterviewMonth}", HealthOffice),
        ["special duty (HR)"] = new(_ => "/overtime/special-duty", Hr),
        ["overtime summary (head)"] = new(_ => "/overtime/summary", Head),
        ["overtime summary, ministry (HR)"] = new(_ => "/overtime/summary/ministry", Hr),
        ["360 nomination"] = new(_ => $"/360/{NominatingRound}/nomination", Head),
        ["360 subjects (HR)"] = new(_ => $"/360/{NominatingRound}/subjects", Hr),
        ["360 rating list"] = new(f => f.RatingLink, null),
        ["360 rating form"] = new(f => f.RatingLink, null, Then: "/360/rate/1010001"),
        ["360 report"] = new(_ => $"/360/{RatingRound}/report", Head),
        ["360 completion by subject (HR)"] = new(_ => $"/360/{RatingRound}/completion", Hr),
        ["360 completion by rater (HR)"] = new(_ => $"/360/{RatingRound}/completion?view=raters", Hr),
        ["360 grade bands (HR)"] = new(_ => $"/360/{RatingRound}/bands", Hr),
        ["survey answer page"] = new(f => f.SurveyLink, null),
        ["survey results"] = new(_ => $"/surveys/{ResultsCycle}/results", Employee),
        ["survey response rates (HR)"] = new(_ => $"/surveys/{AnsweringCycle}/results", Hr),
        ["survey heat map"] = new(_ => $"/surveys/{ResultsCycle}/heatmap", Hr),
        ["feedback sheet"] = new(_ => $"/surveys/{ResultsCycle}/sheets/division/1010", Head),
        ["improvement plan"] = new(_ => $"/surveys/{ResultsCycle}/plans/1010", Head),
        ["improvement plans status"] = new(_ => $"/surveys/{ResultsCycle}/plans", Hr),
        ["team-up season"] = new(_ => $"/team-up/{OpenSeason}", Employee),
        ["team-up entry form"] = new(_ => $"/team-up/{OpenSeason}/entries/1010", Head),
        ["team-up completion"] = new(_ => $"/team-up/{OpenSeason}/completion", Hr),
        ["team-up published entries"] = new(_ => $"/team-up/{JudgedSeason}/entries", Employee),
        ["team-up published entry"] = new(_ => $"/team-up/{JudgedSeason}/entries/1010", Employee),
        ["team-up judging"] = new(_ => $"/team-up/{JudgedSeason}/judging", Judge),
        ["team-up ranking"] = new(_ => $"/team-up/{JudgedSeason}/ranking", Hr),
        ["team-up awards"] = new(_ => $"/team-up/{AwardedSeason}/awards", Employee),
        ["not in the roster"] = new(_ => "/", Stranger),
        ["signed out"] = new(_ => "/sign-out", null),
        ["page not found"] = new(_ => $"/care-sheets/{Unknown}", Owner),
        ["access denied"] = new(_ => "/organisation/roster", Employee),
        ["unknown link"] = new(_ => $"/links/{Unknown}", null),
        // The local issuer's page stands in for Entra's and is in both languages at once.
        ["sign-in (local issuer)"] = new(_ => "/care-sheets", null, Bilingual: false),
    };

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, visit) in Visits)
        {
            data.Add(name, "ja");
            if (visit.Bilingual)
            {
                data.Add(name, "en");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_serious_accessibility_violation(string name, string language)
    {
        var visit = Visits[name];
        var page = await pages.NewPageAsync(visit.Person);

        await page.GotoAsync(visit.Path(pages));
        if (visit.Then is { } then)
        {
            await page.GotoAsync(then);
        }

        // A person's language choice is remembered, so a page may open in either: switch as a person would.
        if (await page.Locator("html").GetAttributeAsync("lang") != language)
        {
            var other = language == "en" ? "English" : "日本語";
            await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = other, Exact = true }).ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
