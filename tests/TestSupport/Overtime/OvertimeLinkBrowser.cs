using System.Net;
using System.Text.RegularExpressions;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.Support.Overtime;

/// <summary>
/// An overtime approval link used as the approver's browser uses it: the mailed address opened (a cookie and the decision page
/// with the projected totals), then the page's form posted with its anti-forgery pair.
/// </summary>
public sealed partial class OvertimeLinkBrowser(LocalHostProcess host) : IDisposable
{
    private readonly HttpClient _browser = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = host.BaseUrl,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public Task<LinkAnswer> OpenAsync(string linkPath) => CareSheetHarness.FollowAsync(_browser, linkPath);

    /// <summary>Posts the decision form of an opened link's page: "approve" or "decline".</summary>
    public async Task<LinkAnswer> DecideAsync(LinkAnswer page, string decision, string? specialDutyReason = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var fields = new Dictionary<string, string>
        {
            ["__csrf"] = CareSheetHarness.CsrfOf(page.Html),
            ["link"] = Field(LinkPattern(), page.Html, "link"),
            ["version"] = Field(VersionPattern(), page.Html, "version"),
            ["decision"] = decision,
            ["comment"] = "",
        };
        if (specialDutyReason is not null)
        {
            fields["specialDutyReason"] = specialDutyReason;
        }

        using var form = new FormUrlEncodedContent(fields);
        using var posted = await _browser.PostAsync(Field(ActionPattern(), page.Html, "form action"), form);
        return new LinkAnswer(posted.StatusCode, await posted.Content.ReadAsStringAsync());
    }

    public void Dispose() => _browser.Dispose();

    private static string Field(Regex pattern, string html, string what)
    {
        var value = WebUtility.HtmlDecode(pattern.Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(value), $"The link's page has no {what}.");
        return value;
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("name=\"link\" value=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionPattern();
}
