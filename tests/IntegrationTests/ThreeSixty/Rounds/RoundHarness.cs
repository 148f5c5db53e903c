using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Transformation.Platform.Mail;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.ThreeSixty.Rounds;

/// <summary>
/// Drives a 360 round on a running local host as HR, subjects and raters do: the roster imported and the round opened
/// over HR's API, nominations and ratings sent through the pages (with their anti-forgery pair), mail read from the
/// outbox. The roster (bureau B1): director B0; heads K1–K4 (課長/室長) under B0; S1 (課長補佐) and E11, E12 under K1;
/// E13–E15 under S1; E21, E22 under K2; E31 under K3; E41 under K4. E12 reads English.
/// </summary>
public sealed partial class RoundHarness(LocalHostProcess host)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(150);

    public LocalHostProcess Host { get; } = host;

    /// <summary>Everyone in the roster; each rates someone (B0 their heads as supervisor, E13–E15 S1, E11 and E12 S1 as peers).</summary>
    public static readonly IReadOnlyList<string> Staff =
        ["B0", "K1", "K2", "K3", "K4", "S1", "E11", "E12", "E13", "E14", "E15", "E21", "E22", "E31", "E41"];

    public static string EmailOf(string staffId) => $"staff-{staffId.ToLowerInvariant()}@example.go.jp";

    public static RosterCsvBuilder Roster() => new RosterCsvBuilder()
        .Person("B0", null, "D0", grade: "局長")
        .Person("K1", "B0", "D1", grade: "課長").Person("K2", "B0", "D2", grade: "課長")
        .Person("K3", "B0", "D3", grade: "課長").Person("K4", "B0", "D4", grade: "室長")
        .Person("S1", "K1", "D1", grade: "課長補佐")
        .Person("E11", "K1", "D1").Person("E12", "K1", "D1", language: "en")
        .Person("E13", "S1", "D1").Person("E14", "S1", "D1").Person("E15", "S1", "D1")
        .Person("E21", "K2", "D2").Person("E22", "K2", "D2")
        .Person("E31", "K3", "D3").Person("E41", "K4", "D4");

    public async Task ImportRosterAsync()
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        using var content = new StringContent(Roster().Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<HttpResponseMessage> HrPostAsync(string path, object? body = null)
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        return body is null ? await hr.PostAsync(path, null) : await hr.PostAsJsonAsync(path, body);
    }

    public async Task<JsonElement> RoundAsync(string roundId)
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        return await hr.GetFromJsonAsync<JsonElement>($"/api/360/rounds/{roundId}");
    }

    public Task<JsonElement> WaitForPhaseAsync(string roundId, string phase) => WaitForPhaseAsync(roundId, p => p == phase, phase);

    public async Task<JsonElement> WaitForPhaseAsync(string roundId, Func<string?, bool> reached, string what = "the phase asked for")
    {
        var watch = Stopwatch.StartNew();
        JsonElement round = default;
        while (watch.Elapsed < Wait)
        {
            round = await RoundAsync(roundId);
            if (reached(round.GetProperty("phase").GetString()))
            {
                return round;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Round {roundId} did not reach {what}; it is {round}.{Environment.NewLine}{Host.Output}");
    }

    public async Task<IReadOnlyList<OutboxMessage>> MailsAsync(string staffId, string keyPrefix) =>
        [.. (await Host.Http.GetFromJsonAsync<List<OutboxMessage>>($"/dev/outbox?to={Uri.EscapeDataString(EmailOf(staffId))}") ?? [])
            .Where(m => m.BatchKey.StartsWith(keyPrefix, StringComparison.Ordinal))];

    public async Task<OutboxMessage> WaitForMailAsync(string staffId, string keyPrefix)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Wait)
        {
            if (await MailsAsync(staffId, keyPrefix) is [var found, ..])
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"No mail {keyPrefix} to {staffId}.{Environment.NewLine}{Host.Output}");
    }

    /// <summary>A subject's nomination through their page, signed in: the people ticked, as a browser posts them.</summary>
    public async Task<HttpStatusCode> NominateAsync(string roundId, string subjectId, params string[] peers)
    {
        using var browser = await BrowserSession.SignInAsync(Host.BaseUrl, subjectId, "employee");
        var path = $"/360/{roundId}/nomination";
        var page = await browser.GetStringAsync(path);
        var form = new List<KeyValuePair<string, string>> { new("__csrf", CsrfOf(page)), new("others", "") };
        form.AddRange(peers.Select(p => new KeyValuePair<string, string>("peers", p)));
        using var posted = await browser.PostAsync(path, new FormUrlEncodedContent(form));
        return posted.StatusCode;
    }

    /// <summary>
    /// A rater opens the link of their mail (its token moves into a cookie) and submits each subject's form with every
    /// item rated <paramref name="score"/>. Returns the status of each submission.
    /// </summary>
    public async Task<IReadOnlyList<HttpStatusCode>> RateAsync(OutboxMessage mail, int score, params string[] subjects)
    {
        using var browser = await OpenLinkAsync(mail);
        var statuses = new List<HttpStatusCode>();
        foreach (var subject in subjects)
        {
            statuses.Add(await PostRatingAsync(browser, subject, _ => score.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{subject}さんの強み（{score}）", "", "submit"));
        }

        return statuses;
    }

    /// <summary>A rater's browser after opening the link of their mail: the token is now in its cookie.</summary>
    public async Task<HttpClient> OpenLinkAsync(OutboxMessage mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = Host.BaseUrl,
        };
        using var opened = await browser.GetAsync(new Uri(LinkOf(mail)).PathAndQuery);
        Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        return browser;
    }

    /// <summary>The single-use rating link of an invitation.</summary>
    public static string LinkOf(OutboxMessage mail) =>
        mail?.Links.First(l => l.Contains("/360/r/", StringComparison.Ordinal)) ?? throw new ArgumentNullException(nameof(mail));

    /// <summary>
    /// Posts one subject's form as the page offers it: each item's value from <paramref name="valueOf"/> (a score, or
    /// "na" for cannot judge), both comments, and <paramref name="action"/> ("save" or "submit"). Returns the status.
    /// </summary>
    public static async Task<HttpStatusCode> PostRatingAsync(HttpClient browser, string subject, Func<string, string> valueOf,
        string strengths, string suggestions, string action)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(valueOf);
        var page = await browser.GetStringAsync($"/360/rate/{subject}");
        var form = ItemPattern().Matches(page).Select(m => m.Groups[1].Value).Distinct()
            .Select(item => new KeyValuePair<string, string>(item, valueOf(item)))
            .Append(new("__csrf", CsrfOf(page)))
            .Append(new("link", WebUtility.HtmlDecode(LinkPattern().Match(page).Groups[1].Value)))
            .Append(new("strengths", strengths))
            .Append(new("suggestions", suggestions))
            .Append(new("action", action));
        using var posted = await browser.PostAsync($"/360/rate/{subject}", new FormUrlEncodedContent(form));
        return posted.StatusCode;
    }

    /// <summary>A subject's report page, signed in.</summary>
    public async Task<(HttpStatusCode Status, string Html)> ReportAsync(string roundId, string staffId, string role = "division.head")
    {
        using var browser = await BrowserSession.SignInAsync(Host.BaseUrl, staffId, role);
        using var page = await browser.GetAsync($"/360/{roundId}/report");
        return (page.StatusCode, await page.Content.ReadAsStringAsync());
    }

    public static string CsrfOf(string html)
    {
        var field = WebUtility.HtmlDecode(CsrfPattern().Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(field), "The page has no anti-forgery field.");
        return field;
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfPattern();

    [GeneratedRegex("name=\"link\" value=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("type=\"radio\"[^>]*name=\"([A-Z][0-9]{2})\"")]
    private static partial Regex ItemPattern();
}
