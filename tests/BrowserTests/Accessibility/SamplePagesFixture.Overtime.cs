using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Transformation.Overtime.Decisions;
using Transformation.Platform.Hosting;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;

namespace Transformation.Tests.Accessibility;

/// <summary>
/// The overtime pages' sample: 渡辺 翔太 requests today's overtime on his page (the host takes requests at any hour), waiting
/// for 伊藤 由美, and she holds an approval link for it, issued as the request's workflow issues it.
/// </summary>
public sealed partial class SamplePagesFixture
{
    public const string OvertimeRequesterId = "1010004";
    public static readonly SamplePerson OvertimeRequester = new("watanabe-shota@example.go.jp");

    /// <summary>The day of 渡辺 翔太's request (today in Japan when the fixture started), as in its addresses.</summary>
    public string OvertimeDay { get; private set; } = "";

    /// <summary>The approval link for 渡辺 翔太's request, issued to 伊藤 由美.</summary>
    public string OvertimeLink { get; private set; } = "";

    /// <summary>Requests and decisions at any hour, with time enough for every page test.</summary>
    private static readonly Dictionary<string, string> HostSettings = new() { ["Overtime__DecisionWindow"] = "08:00:00" };

    private async Task RequestOvertimeAsync(Tables tables)
    {
        var page = await NewPageAsync(OvertimeRequester);
        await page.GotoAsync("/overtime");
        await page.Locator("#f-tasks").FillAsync("予算要求資料の修正");
        await page.Locator("#f-targetEnd").FillAsync("19:00");
        await page.Locator("#f-estimatedHours").FillAsync("1.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "申請", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/overtime/days/", StringComparison.Ordinal));
        OvertimeDay = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        await page.Context.CloseAsync();

        var links = new ActionLinks(tables, TimeProvider.System, Options.Create(new AppOptions { PublicBaseUrl = Host.BaseUrl }),
            NullLogger<ActionLinks>.Instance);
        var resource = Transformation.Overtime.Requests.OvertimeDay.LinkResourcePrefix + OvertimeRequesterId + ":" + OvertimeDay;
        var issued = await links.IssueAsync(OvertimeLinks.Purpose, "1010003", resource, 1, DateTimeOffset.UtcNow.AddHours(8), Language.Ja);
        OvertimeLink = issued.Url.PathAndQuery;
    }
}
