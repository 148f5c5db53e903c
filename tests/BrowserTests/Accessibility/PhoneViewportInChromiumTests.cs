using Microsoft.Playwright;
using static Transformation.Tests.Accessibility.SamplePagesFixture;

namespace Transformation.Tests.Accessibility;

/// <summary>
/// The main pages on a phone (375×740): nothing is wider than the screen (a wide table scrolls inside its own box),
/// the header menu is there, and the page's main field is on screen whole.
/// </summary>
[Collection(SamplePagesCollection.Name)]
public sealed class PhoneViewportInChromiumTests(SamplePagesFixture pages)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 740 };

    /// <summary>A page, who opens it (nobody: no sign-in, so no menu) and the field a person comes to fill, if any.</summary>
    private sealed record Visit(Func<SamplePagesFixture, string> Path, SamplePerson? Person, string? Field);

    private static readonly Dictionary<string, Visit> Visits = new()
    {
        ["home"] = new(_ => "/", Hr, null),
        ["care sheets"] = new(_ => "/care-sheets", Owner, null),
        ["care sheet form"] = new(_ => "/care-sheets/new", Owner, "#f-note"),
        ["care sheet decision"] = new(f => $"/care-sheets/{f.SheetId}", Approver, "#f-comment"),
        ["roster import"] = new(_ => "/organisation/roster", Hr, "input[type=file]"),
        ["survey cycle console"] = new(_ => "/survey-cycles", Hr, null),
        ["needs attention"] = new(_ => "/attention", Hr, null),
        ["my overtime"] = new(_ => "/overtime", Employee, "#f-tasks"),
        ["overtime decision"] = new(f => $"/overtime/approvals/{OvertimeRequesterId}/{f.OvertimeDay}", Approver, "#f-comment"),
        ["survey answer page"] = new(f => f.SurveyLink, null, "main textarea"),
        ["survey results"] = new(_ => $"/surveys/{ResultsCycle}/results", Employee, null),
        ["survey response rates (HR)"] = new(_ => $"/surveys/{AnsweringCycle}/results", Hr, null),
        ["survey heat map"] = new(_ => $"/surveys/{ResultsCycle}/heatmap", Hr, null),
        ["feedback sheet"] = new(_ => $"/surveys/{ResultsCycle}/sheets/division/1010", Head, null),
        ["improvement plan"] = new(_ => $"/surveys/{ResultsCycle}/plans/1010", Head, "main textarea"),
        ["team-up entry form"] = new(_ => $"/team-up/{OpenSeason}/entries/1010", Head, "#f-mission"),
        ["team-up completion"] = new(_ => $"/team-up/{OpenSeason}/completion", Hr, null),
        ["team-up published entries"] = new(_ => $"/team-up/{JudgedSeason}/entries", Employee, "#q"),
        ["team-up judging"] = new(_ => $"/team-up/{JudgedSeason}/judging", Judge, "main textarea"),
    };

    public static TheoryData<string> Pages() => new(Visits.Keys);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_fits_a_phone_screen_with_its_menu_and_main_field(string name)
    {
        var visit = Visits[name];
        var page = await pages.NewPageAsync(visit.Person, Phone);

        await page.GotoAsync(visit.Path(pages));

        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor($"phone-{name.Replace(' ', '-')}.png"), FullPage = true });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= innerWidth, $"The page is {scrollWidth}px wide on a {innerWidth}px screen.");
        if (visit.Person is not null)
        {
            Assert.True(await page.Locator("header nav").IsVisibleAsync(), "The header menu is not shown.");
        }

        if (visit.Field is { } field)
        {
            Assert.True(await page.Locator(field).First.IsVisibleAsync(), $"{field} is not shown.");
            var box = await page.Locator(field).First.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= innerWidth, $"{field} spans {box.X}–{box.X + box.Width}px on a {innerWidth}px screen.");
        }
    }

    [Fact]
    public async Task On_a_phone_the_keyboard_reaches_a_results_table_wider_than_the_screen_and_scrolls_it()
    {
        var page = await pages.NewPageAsync(Employee, Phone);
        await page.GotoAsync($"/surveys/{ResultsCycle}/results");
        var box = page.Locator("main .scroll[role=region]").Filter(new() { Has = page.Locator("table") }).First;
        var wider = await box.EvaluateAsync<bool>("b => b.scrollWidth > b.clientWidth");
        Assert.True(wider, "The first results table fits the phone: nothing to scroll.");

        var reached = false;
        for (var press = 0; press < 60 && !reached; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await box.EvaluateAsync<bool>("b => b === document.activeElement");
        }

        Assert.True(reached, "Tab never reaches the table's scroll box.");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        // The browser may scroll smoothly: give it a moment to move.
        var scrolled = false;
        for (var look = 0; look < 20 && !scrolled; look++)
        {
            scrolled = await box.EvaluateAsync<double>("b => b.scrollLeft") > 0;
            if (!scrolled)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(scrolled, "The arrow keys do not scroll the table.");
    }
}
