using System.Net;
using System.Net.Http.Json;
using Transformation.Tests.Support.CareSheets;
using static Transformation.Tests.Support.CareSheets.CareSheetHarness;

namespace Transformation.Tests.CareSheets;

/// <summary>
/// HR's pages over every sheet on the local host: the list (with the API's filters) and a sheet's audit trail. Only
/// hr.admin opens them; E12 submits (E11 is the supervisor), E31 works in the other bureau, E21 tries to read.
/// </summary>
public sealed class CareSheetHrPagesTests(WorkflowHostFixture fixture) : IClassFixture<WorkflowHostFixture>
{
    private readonly CareSheetHarness _sheets = fixture.Sheets;

    [Fact]
    public async Task HR_sees_a_submitted_sheet_on_the_list_with_its_employee_division_approver_and_links()
    {
        var id = await _sheets.SubmitAsync("E12");
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await PageAsync(hr, "/care-sheets/all");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = RowOf(page.Html, id);
        Assert.Contains("渡辺 翔太", row, StringComparison.Ordinal);
        Assert.Contains("D1課", row, StringComparison.Ordinal);
        Assert.Contains("育児シート", row, StringComparison.Ordinal);
        Assert.Contains("承認待ち", row, StringComparison.Ordinal);
        Assert.Contains("判断待ち：田中 美穂", row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/care-sheets/{id}?lang=ja\"", row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/care-sheets/{id}/audit?lang=ja\"", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E12", "/care-sheets/all")]   // the employee who submitted
    [InlineData("E11", "/care-sheets/all")]   // their approver
    [InlineData("E12", "/care-sheets/{id}/audit")]
    [InlineData("E11", "/care-sheets/{id}/audit")]
    public async Task Staff_without_hr_admin_get_the_readable_403_page(string staffId, string path)
    {
        var id = await _sheets.SubmitAsync("E12");
        using var browser = await _sheets.SignedInBrowserAsync(staffId);

        var page = await PageAsync(browser, path.Replace("{id}", id, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("アクセスできません", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("渡辺 翔太", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_of_an_unknown_sheet_is_the_404_page()
    {
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await PageAsync(hr, $"/care-sheets/{new string('0', 32)}/audit");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("ページが見つかりません", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_state_filter_lists_only_sheets_in_that_state()
    {
        var pending = await _sheets.SubmitAsync("E12");
        var withdrawn = await _sheets.SubmitAsync("E12");
        using (var owner = await _sheets.ClientAsync("E12"))
        using (var response = await owner.PostAsync($"/api/care-sheets/{withdrawn}/withdraw", null))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await PageAsync(hr, "/care-sheets/all?state=withdrawn");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<tr data-sheet=\"{withdrawn}\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<tr data-sheet=\"{pending}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"withdrawn\" selected", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bureau_filter_lists_only_sheets_of_that_bureau()
    {
        var first = await _sheets.SubmitAsync("E12");
        var second = await _sheets.SubmitAsync("E31");
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await PageAsync(hr, "/care-sheets/all?bureau=B2");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<tr data-sheet=\"{second}\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<tr data-sheet=\"{first}\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_nothing_matches_says_so()
    {
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await PageAsync(hr, "/care-sheets/all?bureau=B9");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("条件に合うシートはありません。", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr data-sheet=", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_state_gives_a_400_page_that_says_which_states_exist()
    {
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await PageAsync(hr, "/care-sheets/all?state=lost");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("state は pending・returned・approved・declined・withdrawn・ended のいずれかです。", page.Html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/care-sheets/all\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_shows_the_submission_the_decision_and_a_refused_read_with_names()
    {
        var id = await _sheets.SubmitAsync("E12");
        using (var other = await _sheets.SignedInBrowserAsync("E21"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await PageAsync(other, $"/care-sheets/{id}")).Status);
        }

        using (var supervisor = await _sheets.ClientAsync("E11"))
        using (var approved = await supervisor.PostAsJsonAsync($"/api/care-sheets/{id}/decision", new { decision = "approve", version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await PageAsync(hr, $"/care-sheets/{id}/audit");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("監査記録：渡辺 翔太さんの育児シート", page.Html, StringComparison.Ordinal);
        Assert.Contains("渡辺 翔太（E12）", EntryOf(page.Html, "submit"), StringComparison.Ordinal);
        Assert.Contains("山田 花子（E21）", EntryOf(page.Html, "read-refused"), StringComparison.Ordinal);
        Assert.Contains("閲覧を試みたが拒否された", EntryOf(page.Html, "read-refused"), StringComparison.Ordinal);
        Assert.Contains("判断：承認", EntryOf(page.Html, "decide"), StringComparison.Ordinal);
        Assert.Contains("田中 美穂（E11）", EntryOf(page.Html, "decide"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_audit_trail_is_not_recorded_as_a_read_of_the_sheet()
    {
        var id = await _sheets.SubmitAsync("E12");
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        Assert.Equal(HttpStatusCode.OK, (await PageAsync(hr, $"/care-sheets/{id}/audit")).Status);
        var again = await PageAsync(hr, $"/care-sheets/{id}/audit");

        Assert.DoesNotContain("data-action=\"read\"", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_reads_in_english_with_lang_en()
    {
        var id = await _sheets.SubmitAsync("E12");
        using var hr = await _sheets.SignedInBrowserAsync("HR1", "hr.admin");

        var page = await PageAsync(hr, $"/care-sheets/{id}/audit?lang=en");

        Assert.Contains("<html lang=\"en\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("Audit trail: Childcare sheet of 渡辺 翔太", page.Html, StringComparison.Ordinal);
        Assert.Contains("Submitted", EntryOf(page.Html, "submit"), StringComparison.Ordinal);
        Assert.Contains("API", EntryOf(page.Html, "submit"), StringComparison.Ordinal);
    }

    // The markup of one row, from its opening tag to its end.
    private static string RowOf(string html, string id) => Between(html, $"<tr data-sheet=\"{id}\"", "</tr>");

    private static string EntryOf(string html, string action) => Between(html, $"<tr data-action=\"{action}\"", "</tr>");

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"The page has no {start}: {html}");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
