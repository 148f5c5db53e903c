using System.Net;
using System.Text.Json;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;

namespace Transformation.Tests.Overtime;

/// <summary>HR imports the attendance system's overtime actuals through the API, on the real host and storage.</summary>
public sealed class ActualsImportTests(ActualsHostFixture fixture) : IClassFixture<ActualsHostFixture>
{
    private static DateOnly Day(int d) => ActualsHostFixture.LastMonth.AddDays(d - 1);

    private static string Date(int d) => Day(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_file_with_bad_lines_names_each_line_and_records_nothing()
    {
        var csv = $"staff_id,date,actual_hours\nP1,{Date(1)},2.5\nNOBODY,{Date(2)},1\nP1,2026-02-30,3:75\nP1,{Date(1)},1\n";

        using var refused = await fixture.ImportAsync(csv);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal([("staff_id", 3), ("date", 4), ("actual_hours", 4), ("file", 5)], await ErrorsAsync(refused));
        Assert.Empty(await fixture.Store.ListDaysAsync("P1", Day(1), Day(28)));
    }

    [Fact]
    public async Task An_imported_actual_replaces_the_employees_and_the_month_moves_by_the_difference()
    {
        var approved = new OvertimeDay("P2", Day(3), 1, OvertimeState.Approved, "予算資料", new TimeOnly(19, 15), 120, "H1",
            Designation.Ordinary, [], DateTimeOffset.UtcNow, 0) { ActualMinutes = 180, ActualSource = "employee" };
        Assert.NotNull(await fixture.Ledger.ChangeAsync(null, approved.Recounted()));

        using var imported = await fixture.ImportAsync($"職員番号,氏名,日付,超過勤務時間\nP2,職員 2号,{Date(3)},2:30\n");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var day = (await fixture.Store.GetDayAsync("P2", Day(3)))!.Value;
        Assert.Equal((OvertimeState.Approved, 150, "import"), (day.State, day.ActualMinutes, day.ActualSource));
        Assert.Equal(150, (await YearAsync("P2")).MonthMinutes(Day(3)));
    }

    [Fact]
    public async Task A_day_without_a_request_is_recorded_as_unrequested_and_counts()
    {
        using var imported = await fixture.ImportAsync($"staff_id,date,actual_hours\nP3,{Date(4)},1.75\n");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var day = (await fixture.Store.GetDayAsync("P3", Day(4)))!.Value;
        Assert.Equal((OvertimeState.Unrequested, 105, "H1"), (day.State, day.ActualMinutes, day.ApproverId));
        Assert.Equal(105, (await YearAsync("P3")).MonthMinutes(Day(4)));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var csv = $"staff_id,date,actual_hours\nP4,{Date(5)},2\nP4,{Date(6)},3.5\n";
        using var first = await fixture.ImportAsync(csv);
        var year = await fixture.Store.GetYearAsync("P4", FiscalYear.Of(Day(5)));

        using var second = await fixture.ImportAsync(csv);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var json = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal((2, 0), (json.RootElement.GetProperty("rows").GetInt32(), json.RootElement.GetProperty("daysChanged").GetInt32()));
        var again = await fixture.Store.GetYearAsync("P4", FiscalYear.Of(Day(5)));
        Assert.Equal((year!.ETag, 330), (again!.ETag, again.Value.MonthMinutes(Day(5))));
    }

    [Theory]
    [InlineData("H1", "division.head")]
    [InlineData("K1", "health.office")]
    public async Task Only_HR_may_import(string staffId, string role)
    {
        using var client = await fixture.Api(staffId, role);

        using var refused = await fixture.ImportAsync($"staff_id,date,actual_hours\nP9,{Date(7)},4\n", client);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(await fixture.Store.GetDayAsync("P9", Day(7)));
    }

    [Fact]
    public async Task A_file_with_an_error_uploaded_on_the_page_lists_its_line_and_records_nothing()
    {
        using var hr = await fixture.Browser("HR1", "hr.admin");
        var csrf = DesignationHostFixture.CsrfOf(await hr.GetStringAsync("/overtime/actuals/import"));
        using var form = new MultipartFormDataContent { { new StringContent(csrf), "__csrf" } };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"staff_id,date,actual_hours\nP5,{Date(8)},2\nP5,{Date(9)},two\n"));
        file.Headers.ContentType = new("text/csv");
        form.Add(file, "file", "actuals.csv");

        using var refused = await hr.PostAsync("/overtime/actuals/import", form);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<tr><td>3</td><td>超過勤務時間「two」は 0 から 16 までの時間数", html, StringComparison.Ordinal);
        Assert.Null(await fixture.Store.GetDayAsync("P5", Day(8)));
    }

    [Fact]
    public async Task A_file_uploaded_on_the_page_is_recorded_and_the_page_says_how_much()
    {
        using var hr = await fixture.Browser("HR1", "hr.admin");
        var csrf = DesignationHostFixture.CsrfOf(await hr.GetStringAsync("/overtime/actuals/import?lang=en"));
        using var form = new MultipartFormDataContent { { new StringContent(csrf), "__csrf" } };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"staff_id,date,actual_hours\nP6,{Date(10)},1.5\n"));
        file.Headers.ContentType = new("text/csv");
        form.Add(file, "file", "actuals.csv");

        using var imported = await hr.PostAsync("/overtime/actuals/import?lang=en", form);

        Assert.Equal(HttpStatusCode.SeeOther, imported.StatusCode);
        var html = await hr.GetStringAsync(imported.Headers.Location!.ToString());
        Assert.Contains("The actuals were imported (1 rows, 1 days changed).", html, StringComparison.Ordinal);
        Assert.Equal(90, (await fixture.Store.GetDayAsync("P6", Day(10)))!.Value.ActualMinutes);
    }

    private async Task<OvertimeYear> YearAsync(string staffId) =>
        (await fixture.Store.GetYearAsync(staffId, FiscalYear.Of(ActualsHostFixture.LastMonth)))!.Value;

    private static async Task<List<(string Field, int Line)>> ErrorsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("line").GetInt32()))];
    }
}
