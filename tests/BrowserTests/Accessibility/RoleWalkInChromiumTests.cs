using Microsoft.Playwright;
using static Transformation.Tests.Accessibility.SamplePagesFixture;

namespace Transformation.Tests.Accessibility;

/// <summary>
/// Each role starts at "/" and follows every link it is shown, two clicks deep, as a person finding their way would:
/// every page reached opens (no error page, a heading), and the pages the role works on are among them, so nobody
/// needs to type an address. Sign-out, the language switch and downloads are not followed.
/// </summary>
[Collection(SamplePagesCollection.Name)]
public sealed class RoleWalkInChromiumTests(SamplePagesFixture pages)
{
    public static TheoryData<string> Roles() => [.. Walks.Keys];

    private static readonly Dictionary<string, (SamplePerson Person, string[] Reaches)> Walks = new()
    {
        ["employee"] = (Employee, ["/care-sheets", "/care-sheets/new", "/care-sheets/to-approve", $"/team-up/{OpenSeason}",
            $"/surveys/{ResultsCycle}/results", "/overtime"]),
        ["employee with a sheet"] = (Owner, ["/care-sheets", "/care-sheets/new", $"/care-sheets/{{sheet}}/edit"]),
        ["approver"] = (Approver, ["/care-sheets/to-approve", "/care-sheets/{sheet}", "/overtime/approvals"]),
        ["HR"] = (Hr, ["/attention", "/care-sheets/all", "/care-sheets/{sheet}/audit", "/survey-cycles", "/team-up-seasons", "/360/rounds",
            "/organisation/roster", $"/team-up/{OpenSeason}/completion", $"/surveys/{ResultsCycle}/heatmap", $"/surveys/{ResultsCycle}/plans"]),
        ["division head"] = (Head, ["/care-sheets", $"/team-up/{OpenSeason}/entries/1010", $"/surveys/{ResultsCycle}/sheets/division/1010",
            $"/surveys/{ResultsCycle}/plans/1010"]),
        ["judge"] = (Judge, ["/care-sheets"]),
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_link_a_role_is_shown_from_home_opens_and_leads_to_its_work(string role)
    {
        var (person, reaches) = Walks[role];
        var page = await pages.NewPageAsync(person);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var broken = new List<string>();
        var frontier = new List<string> { "/" };
        for (var depth = 0; depth < 2 && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var path in frontier)
            {
                var response = await page.GotoAsync(path);
                if (response is null || response.Status >= 400 || await page.Locator("h1").CountAsync() != 1)
                {
                    broken.Add($"{path} ({response?.Status})");
                    continue;
                }

                foreach (var link in await LinksAsync(page))
                {
                    if (seen.Add(link))
                    {
                        next.Add(link);
                    }
                }
            }

            frontier = next;
        }

        foreach (var path in frontier)
        {
            var response = await page.GotoAsync(path);
            if (response is null || response.Status >= 400)
            {
                broken.Add($"{path} ({response?.Status})");
            }
        }

        Assert.True(broken.Count == 0, $"Links shown to {role} that do not open: {string.Join(", ", broken)}");
        var missing = reaches.Select(r => r.Replace("{sheet}", pages.SheetId, StringComparison.Ordinal)).Where(r => !seen.Contains(r)).ToList();
        Assert.True(missing.Count == 0, $"Pages {role} cannot reach from home: {string.Join(", ", missing)}; reached: {string.Join(", ", seen)}");
    }

    /// <summary>The site's own pages linked from this page, as paths without the language (the walk keeps the reader's).</summary>
    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page)
    {
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]:not([download])", "links => links.map(a => a.href)");
        var paths = new List<string>();
        foreach (var href in hrefs)
        {
            if (!href.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var uri = new Uri(href);
            var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("lang=", StringComparison.Ordinal)));
            var path = uri.AbsolutePath + (query.Length > 0 ? "?" + query : "");
            if (uri.AbsolutePath is "/sign-out" || uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)
                || uri.AbsolutePath.EndsWith("/xlsx", StringComparison.Ordinal))
            {
                continue;
            }

            paths.Add(path);
        }

        return paths;
    }
}
