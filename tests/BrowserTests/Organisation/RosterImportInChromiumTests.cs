using Microsoft.Playwright;
using Transformation.Tests.Support;

namespace Transformation.Tests.Organisation;

/// <summary>HR imports the roster from a browser: sign-in on the way, errors by line, then the change report.</summary>
public sealed class RosterImportInChromiumTests
{
    [Fact]
    public async Task HR_signs_in_sees_a_bad_file_refused_by_line_then_imports_the_sample_roster()
    {
        await using var host = await LocalHostProcess.StartAsync();
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();

        // Opening the page unsigned leads to the sign-in page, and back.
        await page.GotoAsync(new Uri(host.BaseUrl, "/organisation/roster").ToString());
        Assert.Contains("/dev/sign-in", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("職員番号 (staff id)").FillAsync("1010003");
        await page.GetByLabel("hr.admin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/organisation/roster");
        Assert.Contains("まだ名簿が取り込まれていません", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // A file with a row whose supervisor does not exist: refused, with its line, nothing applied.
        var bad = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "samples", "roster.csv"));
        bad = bad.TrimEnd() + "\n9999999,誤り 太郎,ayamari@example.go.jp,100,大臣官房,1010,秘書課,係員,8888888,ja\n";
        await page.GetByLabel("人事システムから出力した CSV（UTF-8 または Shift_JIS）").SetInputFilesAsync(
            new FilePayload { Name = "roster.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(bad) });
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "取り込む" }).ClickAsync();
        var refused = await page.InnerTextAsync("main");
        Assert.Contains("何も取り込んでいません", refused, StringComparison.Ordinal);
        Assert.Contains("32", refused, StringComparison.Ordinal); // the line of the bad row (header is line 1)
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("roster-import-errors-ja.png"), FullPage = true });

        // The sample roster: imported, 30 people joined.
        await page.GetByLabel("人事システムから出力した CSV（UTF-8 または Shift_JIS）").SetInputFilesAsync(
            Path.Combine(RepositoryPaths.Root, "workflows", "samples", "roster.csv"));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "取り込む" }).ClickAsync();
        var imported = await page.InnerTextAsync("main");
        Assert.Contains("名簿を取り込みました（30 名）", imported, StringComparison.Ordinal);
        Assert.Contains("着任 30 名", imported, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("roster-import-done-ja.png"), FullPage = true });
    }
}
