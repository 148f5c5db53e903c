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

/// <summary>A member of staff answers the survey in Japanese on a phone-sized screen, through all three pages, and submits.</summary>
public sealed class SurveyInChromiumTests
{
    [Fact]
    public async Task A_person_answers_all_three_categories_in_Japanese_and_sees_the_thank_you_page()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var link = await InviteAsync(host, new StaffMember("S-1", "経済 太郎", "taro@example.go.jp", "100", "大臣官房", "1010", "秘書課", "係員", null, Language.Ja));
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });

        var first = await page.GotoAsync(link.Url.ToString());

        Assert.Equal(200, first!.Status);
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("組織マネジメント実態調査", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        foreach (var (category, letter, next) in new[] { ("仕事", 'W', "次へ"), ("職場", 'P', "次へ"), ("組織", 'O', "回答を送信する") })
        {
            Assert.Equal(category, await page.InnerTextAsync("h2"));
            var answered = 0;
            foreach (var radio in await page.Locator($"fieldset input[type=radio][value='{(letter == 'P' ? 4 : 5)}']").AllAsync())
            {
                await radio.CheckAsync();
                answered++;
            }

            Assert.Equal(20, answered);
            await page.GetByLabel($"「{category}」について").FillAsync($"{category}についての意見です。");
            if (letter == 'W')
            {
                // Save and come back: the answers are kept on the server.
                await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "一時保存" }).ClickAsync();
                Assert.Contains("一時保存しました", await page.InnerTextAsync("main"), StringComparison.Ordinal);
                await page.GotoAsync(link.Url.ToString());
                Assert.True(await page.Locator("input[name=W07][value='5']").IsCheckedAsync());
            }

            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = next, Exact = true }).ClickAsync();
        }

        Assert.Equal("ご回答ありがとうございました", await page.InnerTextAsync("h1"));
        Assert.Contains("匿名で集計", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("survey-thanks-ja.png"), FullPage = true });

        var again = await page.GotoAsync(link.Url.ToString());
        Assert.Equal(410, again!.Status);
        Assert.Contains("回答済み", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }

    private static async Task<SurveyLink> InviteAsync(LocalHostProcess host, StaffMember person)
    {
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix }));
        var questionnaireOptions = new QuestionnaireOptions();
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json")).Build()
            .GetSection(QuestionnaireOptions.Section).Bind(questionnaireOptions);
        var surveyOptions = Options.Create(new SurveyOptions());
        var cycles = new SurveyCycles(tables, TimeProvider.System, surveyOptions, NullLogger<SurveyCycles>.Instance);
        var invitations = new SurveyInvitations(tables, cycles, new QuestionnaireSource(Options.Create(questionnaireOptions)),
            Options.Create(new AppOptions { PublicBaseUrl = host.BaseUrl }), surveyOptions, NullLogger<SurveyInvitations>.Instance);
        var result = await invitations.InviteAsync("2026", [person], DateTimeOffset.UtcNow.AddDays(14));
        return Assert.Single(result.Links);
    }
}
