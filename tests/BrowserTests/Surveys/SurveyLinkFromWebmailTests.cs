using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.Surveys;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;
using Transformation.Tests.Support;

namespace Transformation.Tests.Surveys;

/// <summary>
/// A survey link clicked in a webmail page (another site) opens the survey, and the address bar then shows no
/// token: the token cookie set by the redirect must come with the cross-site navigation it belongs to.
/// </summary>
public sealed class SurveyLinkFromWebmailTests
{
    private const string Webmail = "https://webmail.example/inbox";

    [Fact]
    public async Task A_link_clicked_in_webmail_opens_the_first_page_at_an_address_without_the_token()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var link = await InviteAsync(host);
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.RouteAsync(Webmail, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Body = $"""<html><body><p>調査のお願い</p><a id="survey" href="{link.Url}">回答する</a></body></html>""",
        }));
        await page.GotoAsync(Webmail);

        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("#survey"), r => r.Url.Contains("/survey?", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();

        Assert.Equal(200, response.Status);
        Assert.Equal("仕事", await page.InnerTextAsync("h2"));
        Assert.DoesNotContain(link.Token, page.Url, StringComparison.Ordinal);
    }

    private static async Task<SurveyLink> InviteAsync(LocalHostProcess host)
    {
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix }));
        var questionnaireOptions = new QuestionnaireOptions();
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json")).Build()
            .GetSection(QuestionnaireOptions.Section).Bind(questionnaireOptions);
        var surveyOptions = Options.Create(new SurveyOptions());
        var cycles = new SurveyCycles(tables, TimeProvider.System, surveyOptions, NullLogger<SurveyCycles>.Instance);
        var invitations = new SurveyInvitations(tables, cycles, new QuestionnaireSource(Options.Create(questionnaireOptions)),
            Options.Create(new AppOptions { PublicBaseUrl = host.BaseUrl }), surveyOptions, NullLogger<SurveyInvitations>.Instance);
        var person = new StaffMember("S-1", "経済 太郎", "taro@example.go.jp", "100", "大臣官房", "1010", "秘書課", "係員", null, Language.Ja);
        return Assert.Single((await invitations.InviteAsync("2026", [person], DateTimeOffset.UtcNow.AddDays(14))).Links);
    }
}
