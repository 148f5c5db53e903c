using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Organisation.Api;
using Transformation.Organisation.Import;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Files;
using Transformation.Platform.Http;
using Transformation.Platform.Security;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Organisation;

/// <summary>The organisation functions called as the guard would leave them: the caller attached with a staff id and roles.</summary>
public sealed class RosterHttpTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_bad_csv_is_answered_400_problem_json_with_every_error_and_its_line()
    {
        var hr = new RosterHarness();
        var function = new RosterImportFunction(hr.Importer, hr.Options);
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "NOBODY").Person("X2", "H1", language: "fr").Utf8();

        var result = await function.Run(CsvRequest("HR1", csv, Roles.HrAdmin), CancellationToken.None).WaitAsync(Timeout);

        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Contains(Problems.ContentType, problem.ContentTypes);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(problem.Value));
        var errors = json.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (Field: e.GetProperty("field").GetString(), Line: e.GetProperty("line").GetInt32(), Message: e.GetProperty("message").GetString()))
            .ToList();
        Assert.Equal([("supervisor_id", 10), ("language", 11)], errors.Select(e => (e.Field, e.Line)));
        Assert.Contains("NOBODY", errors[0].Message, StringComparison.Ordinal);
        Assert.Null(await hr.Directory.CurrentSnapshotIdAsync().WaitAsync(Timeout));
    }

    [Fact]
    public async Task An_email_address_on_two_rows_is_refused_with_both_lines_and_nothing_is_imported()
    {
        var hr = new RosterHarness();
        var function = new RosterImportFunction(hr.Importer, hr.Options);
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", email: "Staff-E12@example.go.jp").Utf8();

        var result = await function.Run(CsvRequest("HR1", csv, Roles.HrAdmin), CancellationToken.None).WaitAsync(Timeout);

        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(400, problem.StatusCode);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(problem.Value));
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("email", 10), (error.GetProperty("field").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Contains("5 行目と 10 行目", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Null(await hr.Directory.CurrentSnapshotIdAsync().WaitAsync(Timeout));
    }

    [Fact]
    public async Task The_problem_answer_is_in_English_when_asked()
    {
        var hr = new RosterHarness();
        var function = new RosterImportFunction(hr.Importer, hr.Options);
        var request = CsvRequest("HR1", RosterCsvBuilder.SmallOrganisation().Person("X1", "X1").Utf8(), Roles.HrAdmin);
        request.Headers.AcceptLanguage = "en-GB,en;q=0.9";

        var problem = Assert.IsType<ObjectResult>(await function.Run(request, CancellationToken.None).WaitAsync(Timeout));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(problem.Value));
        Assert.Contains("own supervisor", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_csv_posted_as_a_form_file_is_imported_and_summarised()
    {
        var hr = new RosterHarness();
        var function = new RosterImportFunction(hr.Importer, hr.Options);
        var request = await FormRequestAsync("HR1", RosterCsvBuilder.SmallOrganisation().ShiftJis(), Roles.HrAdmin);

        var result = await function.Run(request, CancellationToken.None).WaitAsync(Timeout);

        var report = Assert.IsType<RosterImportReport>(Assert.IsType<JsonResult>(result).Value);
        Assert.Equal((8, ExportEncoding.ShiftJis), (report.JoinedCount, report.Encoding));
        var summary = new RosterSummaryFunction(hr.OtherInstance().Directory);
        var answer = Assert.IsType<RosterSummary>(Assert.IsType<JsonResult>(await summary.Run(Request("HR1", Roles.HrAdmin), CancellationToken.None).WaitAsync(Timeout)).Value);
        Assert.Equal((report.SnapshotId, "HR1", 8), (answer.SnapshotId, answer.ImportedBy, answer.StaffCount));
        Assert.Equal([("B0", 1), ("B1", 5), ("B2", 2)], answer.Bureaus.Select(b => (b.Code, b.StaffCount)));
        Assert.Equal("山田 花子", Assert.IsType<StaffView>(Assert.IsType<JsonResult>(
            await new StaffFunctions(hr.Directory).GetStaff(Request("HR1", Roles.HrAdmin), "E21", CancellationToken.None)).Value).Name);
    }

    [Fact]
    public async Task A_division_head_sees_their_own_division_and_is_refused_another()
    {
        var hr = new RosterHarness();
        await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        var function = new DivisionFunctions(hr.Directory);

        var own = await function.GetDivision(Request("H1", Roles.DivisionHead), "D1", CancellationToken.None).WaitAsync(Timeout);
        var other = await function.GetDivision(Request("H1", Roles.DivisionHead), "D2", CancellationToken.None).WaitAsync(Timeout);
        var unknown = await function.GetDivision(Request("H1", Roles.DivisionHead), "D99", CancellationToken.None).WaitAsync(Timeout);

        var view = Assert.IsType<DivisionView>(Assert.IsType<JsonResult>(own).Value);
        Assert.Equal(("H1", nameof(DivisionHeadRule.HeadGrade)), (view.Head.StaffId, view.HeadRule));
        Assert.Equal(["E11", "E12", "H1"], view.Members.Select(m => m.StaffId));
        Assert.Equal(403, Assert.IsType<ObjectResult>(other).StatusCode);
        Assert.Equal(403, Assert.IsType<ObjectResult>(unknown).StatusCode);
    }

    [Fact]
    public async Task A_bureau_coordinator_sees_the_divisions_of_their_bureau_only()
    {
        var hr = new RosterHarness();
        await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        var function = new DivisionFunctions(hr.Directory);

        var ownBureau = await function.GetBureauDivisions(Request("E11", Roles.BureauCoordinator), "B1", CancellationToken.None).WaitAsync(Timeout);
        var ownDivision = await function.GetDivision(Request("E11", Roles.BureauCoordinator), "D2", CancellationToken.None).WaitAsync(Timeout);
        var otherBureau = await function.GetBureauDivisions(Request("E11", Roles.BureauCoordinator), "B2", CancellationToken.None).WaitAsync(Timeout);
        var otherDivision = await function.GetDivision(Request("E11", Roles.BureauCoordinator), "D3", CancellationToken.None).WaitAsync(Timeout);
        var asHr = await function.GetBureauDivisions(Request("HR1", Roles.HrAdmin), "B2", CancellationToken.None).WaitAsync(Timeout);

        Assert.Equal(["D1", "D2"], Assert.IsAssignableFrom<IReadOnlyList<Division>>(Assert.IsType<JsonResult>(ownBureau).Value).Select(d => d.Code));
        Assert.Equal("H2", Assert.IsType<DivisionView>(Assert.IsType<JsonResult>(ownDivision).Value).Head.StaffId);
        Assert.Equal(403, Assert.IsType<ObjectResult>(otherBureau).StatusCode);
        Assert.Equal(403, Assert.IsType<ObjectResult>(otherDivision).StatusCode);
        Assert.IsType<JsonResult>(asHr);
    }

    [Fact]
    public async Task Staff_may_see_their_own_entry_but_not_someone_else_and_hr_sees_supervisor_chains()
    {
        var hr = new RosterHarness();
        await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        var function = new StaffFunctions(hr.Directory);

        var self = await function.GetStaff(Request("E12", Roles.Employee), "E12", CancellationToken.None).WaitAsync(Timeout);
        var other = await function.GetStaff(Request("E12", Roles.Employee), "E11", CancellationToken.None).WaitAsync(Timeout);
        var missing = await function.GetStaff(Request("HR1", Roles.HrAdmin), "NOBODY", CancellationToken.None).WaitAsync(Timeout);
        var chain = await function.GetSupervisors(Request("HR1", Roles.HrAdmin), "E12", CancellationToken.None).WaitAsync(Timeout);

        Assert.Equal("E12", Assert.IsType<StaffView>(Assert.IsType<JsonResult>(self).Value).StaffId);
        Assert.Equal(403, Assert.IsType<ObjectResult>(other).StatusCode);
        Assert.Equal(404, Assert.IsType<ObjectResult>(missing).StatusCode);
        Assert.Equal(["E11", "H1", "T1"], Assert.IsAssignableFrom<IEnumerable<StaffView>>(Assert.IsType<JsonResult>(chain).Value).Select(s => s.StaffId));
    }

    [Fact]
    public async Task A_second_import_against_a_stale_roster_is_answered_409()
    {
        var hr = new RosterHarness();
        await hr.ImportAsync(RosterCsvBuilder.SmallOrganisation().Utf8());
        var stale = await hr.Importer.PrepareAsync(RosterCsvBuilder.SmallOrganisation().Person("A1", "H1").Utf8(), "HR1").WaitAsync(Timeout);
        var function = new RosterImportFunction(hr.Importer, hr.Options);
        var winner = await function.Run(CsvRequest("HR2", RosterCsvBuilder.SmallOrganisation().Person("B1", "H1").Utf8(), Roles.HrAdmin), CancellationToken.None).WaitAsync(Timeout);

        var loser = await hr.Importer.CommitAsync(stale).WaitAsync(Timeout);

        Assert.IsType<JsonResult>(winner);
        Assert.Equal(RosterImportStatus.Conflict, loser.Status);
        Assert.NotNull(await hr.OtherInstance().Directory.GetPersonAsync("B1").WaitAsync(Timeout));
        Assert.Null(await hr.OtherInstance().Directory.GetPersonAsync("A1").WaitAsync(Timeout));
    }

    private static HttpRequest Request(string staffId, params string[] roles)
    {
        var http = new DefaultHttpContext();
        Caller.Attach(http, new Caller(staffId, roles.ToHashSet(StringComparer.Ordinal)));
        return http.Request;
    }

    private static HttpRequest CsvRequest(string staffId, byte[] csv, params string[] roles)
    {
        var request = Request(staffId, roles);
        request.Method = "POST";
        request.ContentType = "text/csv";
        request.Body = new MemoryStream(csv);
        return request;
    }

    private static async Task<HttpRequest> FormRequestAsync(string staffId, byte[] csv, params string[] roles)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, FileUpload.FileField, "roster.csv");
        var request = Request(staffId, roles);
        request.Method = "POST";
        request.ContentType = form.Headers.ContentType!.ToString();
        request.Body = new MemoryStream(await form.ReadAsByteArrayAsync());
        return request;
    }
}
