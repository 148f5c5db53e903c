using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Overtime;

/// <summary>A local host of its own with a roster of ten divisions (D0–D9), so each test changes divisions of its own.</summary>
public sealed partial class DesignationHostFixture : IAsyncLifetime
{
    private LocalHostProcess? _host;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        _host = await LocalHostProcess.StartAsync();
        var roster = RosterCsvBuilder.SmallOrganisation();
        for (var d = 4; d <= 9; d++)
        {
            roster.Person($"P{d}", "T1", $"D{d}", "B2", divisionName: $"第{d}課");
        }

        using var hr = await Api();
        using var content = new StringContent(roster.Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public Task<HttpClient> Api(string staffId = "HR1", string role = "hr.admin") => Host.ClientForAsync(staffId, role);

    public Task<HttpClient> Browser(string staffId = "HR1", string role = "hr.admin") => BrowserSession.SignInAsync(Host.BaseUrl, staffId, role);

    /// <summary>The anti-forgery field of the first form on a page.</summary>
    public static string CsrfOf(string html)
    {
        var field = WebUtility.HtmlDecode(CsrfPattern().Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(field), "The page has no anti-forgery field.");
        return field;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfPattern();
}
