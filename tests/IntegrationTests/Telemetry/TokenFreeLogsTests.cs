using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Transformation.Platform.Mail;
using Transformation.Surveys.Participation;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.Telemetry;

/// <summary>
/// Whoever reads the logs or the telemetry (Application Insights in Azure) must not find a link that still works:
/// a care sheet approved and a survey answered through their mailed links, on a host logging at Debug, leave no
/// token and no hash of one in the log file, the exported spans and log records, or the console.
/// </summary>
public sealed partial class TokenFreeLogsTests(DebugLoggingHostFixture fixture) : IClassFixture<DebugLoggingHostFixture>
{
    private const string Employee = "2010005";
    private const string SupervisorEmail = "shimizu-ai@example.go.jp";
    private const string EmployeeEmail = "yamaguchi-daiki@example.go.jp";

    [Fact]
    public async Task Approving_a_care_sheet_through_its_mailed_link_leaves_no_token_in_logs_or_telemetry()
    {
        var sheets = new CareSheetHarness(fixture.Host);
        var id = await sheets.SubmitAsync(Employee);
        var mail = await sheets.WaitForMailAsync(SupervisorEmail, m => m.BatchKey.Contains($"{id}:v1:", StringComparison.Ordinal)
            && m.Links.Any(l => l.Contains("/links/", StringComparison.Ordinal)), "approval request");
        var link = new Uri(mail.Links.First(l => l.Contains("/links/", StringComparison.Ordinal)));

        var answer = await sheets.DecideByLinkAsync(link.PathAndQuery, "approve");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("受け付けました", answer.Html, StringComparison.Ordinal);
        await sheets.WaitForStateAsync(id, "approved");
        var (log, telemetry, console) = await fixture.WrittenAsync();
        var secrets = Secrets.Of(link.AbsolutePath["/links/".Length..]);
        Secrets.AssertNoneIn(secrets, ("the log file", log), ("the telemetry", telemetry), ("the console", console));
        Assert.Contains("\"url.path\":\"/links/[token]\"", telemetry, StringComparison.Ordinal); // the span was there, blanked
        Assert.Contains(" Debug ", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_the_survey_through_its_mailed_link_leaves_no_token_in_logs_or_telemetry()
    {
        using var hr = await fixture.Host.ClientForAsync("1010003", "hr.admin", "employee");
        using (var launched = await hr.PostAsJsonAsync("/api/surveys/cycles", new { year = 2026 }))
        {
            Assert.True(launched.IsSuccessStatusCode, await launched.Content.ReadAsStringAsync());
        }

        var link = new Uri((await InvitationAsync()).Links.First(l => l.Contains("/survey/", StringComparison.Ordinal)));
        var token = link.AbsolutePath["/survey/".Length..];

        var thanks = await AnswerEveryPageAsync(link.PathAndQuery);

        Assert.Contains("ご回答ありがとうございました", thanks, StringComparison.Ordinal);
        var (log, telemetry, console) = await fixture.WrittenAsync();
        var secrets = Secrets.Of(token).Concat(Secrets.Of(token.Split('.')[2])).Append(SurveyTokens.SealKey(token));
        Secrets.AssertNoneIn(secrets, ("the log file", log), ("the telemetry", telemetry), ("the console", console));
        Assert.Contains("\"url.path\":\"/survey/[token]\"", telemetry, StringComparison.Ordinal); // the span was there, blanked
    }

    private async Task<OutboxMessage> InvitationAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < CareSheetHarness.Wait)
        {
            var mails = await fixture.Host.Http.GetFromJsonAsync<List<OutboxMessage>>($"/dev/outbox?to={Uri.EscapeDataString(EmployeeEmail)}") ?? [];
            if (mails.FirstOrDefault(m => m.BatchKey.StartsWith("survey:2026:invite:", StringComparison.Ordinal)) is { } found)
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"No survey invitation to {EmployeeEmail}.{Environment.NewLine}{fixture.Host.Output}");
    }

    /// <summary>As a browser: follows the link to the first page, scores every statement 4 and moves on, submitting on the last page.</summary>
    private async Task<string> AnswerEveryPageAsync(string linkPath)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = fixture.Host.BaseUrl,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var page = await CareSheetHarness.FollowAsync(browser, linkPath);
        for (var step = 0; step < 5; step++)
        {
            Assert.True(page.Status == HttpStatusCode.OK, $"Step {step}: {(int)page.Status} {page.Html}");
            var html = page.Html;
            if (!html.Contains("<form", StringComparison.Ordinal))
            {
                return html;
            }

            var fields = new Dictionary<string, string>
            {
                ["__csrf"] = CareSheetHarness.CsrfOf(html),
                ["link"] = Field(html, "link"),
                ["category"] = Field(html, "category"),
                ["action"] = html.Contains("value=\"submit\"", StringComparison.Ordinal) ? "submit" : "next",
            };
            foreach (var item in RadioName().Matches(html).Select(m => m.Groups[1].Value).Distinct())
            {
                fields[item] = "4";
            }

            var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
            var (answer, location) = await CareSheetHarness.PostFormAsync(browser, action, fields);
            page = location is null ? answer : await CareSheetHarness.FollowAsync(browser, location);
        }

        throw new InvalidOperationException("The survey did not end after its pages.");
    }

    private static string Field(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    [GeneratedRegex("<input type=\"radio\" id=\"[^\"]*\" name=\"([A-Z][0-9]+)\"")]
    private static partial Regex RadioName();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
