using ClosedXML.Excel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Transformation.Platform.Storage;
using Transformation.Tests.SignIn;
using Transformation.Tests.Support;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;

namespace Transformation.Tests.ThreeSixty;

/// <summary>A division head of the sample roster opens their 360 report in Japanese and downloads it as Excel.</summary>
public sealed class ReportInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Subject = "1010001";
    private const string SubjectEmail = "takahashi-naoki@example.go.jp";

    [Fact]
    public async Task The_subject_reads_their_report_and_downloads_the_same_figures_as_excel()
    {
        await using var host = await SampleRosterHost.StartAsync();
        var questionnaire = Questionnaire();
        await StoreReportAsync(host, questionnaire);
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/360/2026/report");
        await page.Locator("#staffId").FillAsync(SubjectEmail);
        await page.Locator("input[name=roles][value='employee']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/360/2026/report");

        Assert.Contains("360度調査 結果レポート（2026年度）", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("気づきの機会", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        // V01: peers 4, 4, 3 = 3.67, self 5: a blind spot of +1.33.
        var v01 = page.Locator("section.category tr", new() { HasTextString = "V01 " });
        Assert.Contains("3.67", await v01.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("+1.33", await page.InnerTextAsync("#gaps"), StringComparison.Ordinal);
        Assert.Equal(5, await page.Locator("section.category svg.chart").CountAsync());
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("three-sixty-report-ja.png"), FullPage = true });

        var excel = page.GetByRole(AriaRole.Link, new() { Name = "Excelでダウンロード" });
        var download = await page.RunAndWaitForDownloadAsync(() => excel.ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(path);
        try
        {
            Assert.Equal("360-report-2026.xlsx", download.SuggestedFilename);
            using var workbook = new XLWorkbook(path);
            var row = workbook.Worksheet("設問").RowsUsed().Single(r => r.Cell(1).GetString() == "V01");
            Assert.Equal(3.67, row.Cell(4).GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static RatingQuestionnaire Questionnaire()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "workflows", "three-sixty-questionnaire.json"))
            .Build();
        var options = new RatingQuestionnaireOptions();
        configuration.GetSection(RatingQuestionnaireOptions.Section).Bind(options);
        return RatingQuestionnaireSource.Build(options);
    }

    /// <summary>The report as the round would store it: self, three peers, and two subordinates (left out).</summary>
    private static async Task StoreReportAsync(LocalHostProcess host, RatingQuestionnaire questionnaire)
    {
        var items = questionnaire.Items.Select(i => i.Id).ToList();
        Dictionary<string, int> Scores(int v01, int rest) => items.ToDictionary(i => i, i => i == "V01" ? v01 : rest, StringComparer.Ordinal);
        RatingAnswer[] answers =
        [
            new(Subject, RaterGroup.Self, Scores(5, 4), "自分の強み", null),
            new(Subject, RaterGroup.Peer, Scores(4, 4), "話を最後まで聞いてくれる", null),
            new(Subject, RaterGroup.Peer, Scores(4, 3), null, "もっと任せてほしい"),
            new(Subject, RaterGroup.Peer, Scores(3, 4), null, null),
            new(Subject, RaterGroup.Subordinate, Scores(1, 1), "部下だけの意見", null),
            new(Subject, RaterGroup.Subordinate, Scores(1, 1), null, null),
        ];
        var report = ReportBuilder.Build(questionnaire, "2026", Subject, "section-chief", answers, new ThreeSixtyReportOptions(), null);
        var storage = Azurite.NewStorageOptions();
        storage.TablePrefix = host.TablePrefix;
        await new ReportStore(new Tables(Options.Create(storage))).SaveAllAsync("2026", [report], ReportSpan.Whole);
    }
}
