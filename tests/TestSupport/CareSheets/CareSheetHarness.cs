using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Transformation.Platform.Mail;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Support.CareSheets;

/// <summary>
/// Drives the sheet workflow on a running local host the way people do: the roster imported by HR, sheets
/// submitted over the API, mail read from the outbox, links opened and decided with the anti-forgery pair.
/// The roster is <see cref="RosterCsvBuilder.SmallOrganisation"/>: E12's supervisor is E11, whose supervisor is H1;
/// plus E13, whose supervisor EN1 reads English.
/// </summary>
public sealed partial class CareSheetHarness(LocalHostProcess host)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);

    public LocalHostProcess Host { get; } = host;

    public static string EmailOf(string staffId) => $"staff-{staffId.ToLowerInvariant()}@example.go.jp";

    public async Task ImportRosterAsync()
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        var roster = RosterCsvBuilder.SmallOrganisation()
            .Person("EN1", "H1", "D1", "B1", grade: "係長", name: "Emily Clark", language: "en")
            .Person("E13", "EN1", "D1", "B1", name: "佐藤 花");
        using var content = new StringContent(roster.Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<HttpClient> ClientAsync(string staffId, params string[] roles) =>
        await Host.ClientForAsync(staffId, roles.Length == 0 ? ["employee"] : roles);

    /// <summary>Submits a sheet as <paramref name="staffId"/> and returns its id.</summary>
    public async Task<string> SubmitAsync(string staffId, Dictionary<string, object?>? body = null)
    {
        using var client = await ClientAsync(staffId);
        using var response = await client.PostAsJsonAsync("/api/care-sheets", body ?? CareSheetRequests.Childcare(CareSheetRequests.TodayInJapan()));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Submission failed: {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> SheetAsync(string id, string staffId = "HR1", string role = "hr.admin")
    {
        using var client = await ClientAsync(staffId, role);
        using var response = await client.GetAsync($"/api/care-sheets/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Reading the sheet failed: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Polls until the sheet is in <paramref name="state"/> (as HR sees it).</summary>
    public async Task<JsonElement> WaitForStateAsync(string id, string state)
    {
        var watch = Stopwatch.StartNew();
        JsonElement sheet = default;
        while (watch.Elapsed < Wait)
        {
            sheet = await SheetAsync(id);
            if (sheet.GetProperty("state").GetString() == state)
            {
                return sheet;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"Sheet {id} did not reach {state}; it is {sheet}.{Environment.NewLine}{Host.Output}");
    }

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(string email)
    {
        var messages = await Host.Http.GetFromJsonAsync<List<OutboxMessage>>($"/dev/outbox?to={Uri.EscapeDataString(email)}");
        return messages ?? [];
    }

    /// <summary>Polls the outbox until a message to <paramref name="email"/> matches, and returns it.</summary>
    public async Task<OutboxMessage> WaitForMailAsync(string email, Func<OutboxMessage, bool> match, string what)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Wait)
        {
            var found = (await OutboxAsync(email)).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"No mail to {email}: {what}.{Environment.NewLine}{Host.Output}");
    }

    /// <summary>The approval link of the newest mail about sheet version <paramref name="version"/> to <paramref name="staffId"/> with a subject containing <paramref name="subject"/>.</summary>
    public async Task<string> WaitForLinkAsync(string staffId, string subject, string sheetId, int version = 1)
    {
        var mail = await WaitForMailAsync(EmailOf(staffId),
            m => m.Subject.Contains(subject, StringComparison.Ordinal) && m.BatchKey.Contains($"{sheetId}:v{version}:", StringComparison.Ordinal), $"'{subject}' for {sheetId} v{version}");
        return PathOf(mail.Links.First(l => l.Contains("/links/", StringComparison.Ordinal)));
    }

    public static string PathOf(string url) => new Uri(url).PathAndQuery;

    /// <summary>Opens a link as a browser would (no sign-in, its own cookies) and sends the decision form.</summary>
    public async Task<LinkAnswer> DecideByLinkAsync(string linkPath, string decision, string? comment = null)
    {
        using var browser = Browser();
        var page = await FollowAsync(browser, linkPath);
        if (page.Status != HttpStatusCode.OK)
        {
            return page;
        }

        var action = WebUtility.HtmlDecode(ActionPattern().Match(page.Html).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__csrf"] = CsrfOf(page.Html),
            ["link"] = WebUtility.HtmlDecode(LinkFieldPattern().Match(page.Html).Groups[1].Value),
            ["decision"] = decision,
            ["comment"] = comment ?? "",
        });
        using var posted = await browser.PostAsync(action, form);
        return new LinkAnswer(posted.StatusCode, await posted.Content.ReadAsStringAsync());
    }

    /// <summary>Shows a link page without deciding.</summary>
    public async Task<LinkAnswer> OpenLinkAsync(string linkPath)
    {
        using var browser = Browser();
        return await FollowAsync(browser, linkPath);
    }

    /// <summary>A GET as the browser makes it: the mailed address answers 303 (with the token cookie) to the page.</summary>
    public static async Task<LinkAnswer> FollowAsync(HttpClient browser, string path)
    {
        ArgumentNullException.ThrowIfNull(browser);
        for (var hops = 0; ; hops++)
        {
            using var page = await browser.GetAsync(path);
            if (page.StatusCode != HttpStatusCode.SeeOther || hops == 5)
            {
                return new LinkAnswer(page.StatusCode, await page.Content.ReadAsStringAsync());
            }

            path = page.Headers.Location!.ToString();
        }
    }

    /// <summary>A signed-in browser: signed in through the sign-in flow, its own cookie jar for the anti-forgery pair, no redirects followed.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string staffId, params string[] roles)
    {
        return await BrowserSession.SignInAsync(Host.BaseUrl, staffId, roles.Length == 0 ? ["employee"] : roles);
    }

    /// <summary>A page as the browser shows it: its status and HTML.</summary>
    public static async Task<LinkAnswer> PageAsync(HttpClient browser, string path)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var page = await browser.GetAsync(path);
        return new LinkAnswer(page.StatusCode, await page.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form; <paramref name="location"/> is where a redirect points.</summary>
    public static async Task<(LinkAnswer Answer, string? Location)> PostFormAsync(HttpClient browser, string path, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var form = new FormUrlEncodedContent(fields);
        using var posted = await browser.PostAsync(path, form);
        return (new LinkAnswer(posted.StatusCode, await posted.Content.ReadAsStringAsync()), posted.Headers.Location?.ToString());
    }

    /// <summary>The anti-forgery field of the first form on a page.</summary>
    public static string CsrfOf(string html)
    {
        var field = WebUtility.HtmlDecode(CsrfPattern().Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(field), "The page has no anti-forgery field.");
        return field;
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Host.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfPattern();

    [GeneratedRegex("name=\"link\" value=\"([^\"]+)\"")]
    private static partial Regex LinkFieldPattern();
}
