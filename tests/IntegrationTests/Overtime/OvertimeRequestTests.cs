using System.Net;
using Transformation.Tests.Support.Overtime;

namespace Transformation.Tests.Overtime;

/// <summary>A request's life through the API: the supervisor asked, the decision, the employee told, the totals counted.</summary>
public sealed class OvertimeRequestTests(OvertimeRequestHostFixture fixture) : IClassFixture<OvertimeRequestHostFixture>
{
    private OvertimeHarness Harness => fixture.Harness;

    [Fact]
    public async Task A_request_mails_the_roster_supervisor_a_one_time_link()
    {
        var day = await Harness.SubmitOkAsync("R1");

        var link = await Harness.WaitForLinkAsync("S1", "R1", day);

        Assert.StartsWith("/links/", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_answers_the_totals_it_would_make()
    {
        var (status, json) = await Harness.SubmitAsync("R2", OvertimeHarness.Request(3.5m));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(3.5m, json.GetProperty("assessment").GetProperty("monthTotal").GetDecimal());
    }

    [Fact]
    public async Task A_second_request_the_same_day_is_refused()
    {
        await Harness.SubmitOkAsync("R3");

        var (status, _) = await Harness.SubmitAsync("R3");

        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task A_request_without_tasks_is_refused_with_the_field_named()
    {
        var (status, json) = await Harness.SubmitAsync("R4", OvertimeHarness.Request(tasks: " "));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("tasks", json.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approval_tells_the_employee()
    {
        var day = await Harness.SubmitOkAsync("R5");

        var (status, _) = await Harness.DecideAsync("S1", "R5", day, approve: true);

        Assert.Equal(HttpStatusCode.OK, status);
        await Harness.WaitForMailAsync("R5", m => m.BatchKey.Contains("|R5|", StringComparison.Ordinal)
            && m.BatchKey.EndsWith("|approved", StringComparison.Ordinal), "the approval notice");
    }

    [Fact]
    public async Task Approved_hours_count_in_the_month()
    {
        var day = await Harness.SubmitOkAsync("R6", 2.5m);

        await Harness.DecideAsync("S1", "R6", day, approve: true);

        var (_, month) = await Harness.MonthAsync("R6");
        Assert.Equal(2.5m, month.GetProperty("monthHours").GetDecimal());
    }

    [Fact]
    public async Task A_declined_request_counts_nothing_and_the_employee_reads_why()
    {
        var day = await Harness.SubmitOkAsync("R7", 2m);

        await Harness.DecideAsync("S1", "R7", day, approve: false, comment: "明日に回してください");

        var mail = await Harness.WaitForMailAsync("R7", m => m.BatchKey.EndsWith("|declined", StringComparison.Ordinal), "the decline notice");
        Assert.Contains("明日に回してください", mail.Text, StringComparison.Ordinal);
        var (_, month) = await Harness.MonthAsync("R7");
        Assert.Equal(0m, month.GetProperty("monthHours").GetDecimal());
    }

    [Fact]
    public async Task Only_the_roster_supervisor_can_decide()
    {
        var day = await Harness.SubmitOkAsync("R8");

        var (status, _) = await Harness.DecideAsync("X1", "R8", day, approve: true);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var (_, json) = await Harness.DayAsync("R8", day);
        Assert.Equal("pending", json.GetProperty("day").GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_actual_replaces_the_estimate_in_the_totals()
    {
        var day = await Harness.SubmitOkAsync("R9", 2m);
        await Harness.DecideAsync("S1", "R9", day, approve: true);

        var (status, _) = await Harness.RecordActualAsync("R9", day, "20:45");

        Assert.Equal(HttpStatusCode.OK, status);
        var (_, month) = await Harness.MonthAsync("R9");
        Assert.Equal(3.5m, month.GetProperty("monthHours").GetDecimal());
    }

    [Fact]
    public async Task An_actual_cannot_be_recorded_for_a_declined_request()
    {
        var day = await Harness.SubmitOkAsync("R10");
        await Harness.DecideAsync("S1", "R10", day, approve: false);

        var (status, _) = await Harness.RecordActualAsync("R10", day, "19:00");

        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Approved_overtime_asks_the_employee_for_the_actual()
    {
        var day = await Harness.SubmitOkAsync("R11");

        await Harness.DecideAsync("S1", "R11", day, approve: true);

        await Harness.WaitForMailAsync("R11", m => m.BatchKey.Contains("|R11|", StringComparison.Ordinal)
            && m.BatchKey.EndsWith("|actual", StringComparison.Ordinal), "the request for the actual end time");
    }

    [Fact]
    public async Task A_colleague_cannot_read_someone_elses_overtime()
    {
        await Harness.SubmitOkAsync("R12");

        var (status, _) = await Harness.MonthAsync("R12", "X1");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task The_division_head_above_the_supervisor_can_read_it()
    {
        var day = await Harness.SubmitOkAsync("R13");

        var (status, json) = await Harness.DayAsync("R13", day, "H1", "division.head");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("R13", json.GetProperty("day").GetProperty("staffId").GetString());
    }
}

/// <summary>What happens when nobody decides in time.</summary>
public sealed class OvertimeLapseTests(OvertimeLapseHostFixture fixture) : IClassFixture<OvertimeLapseHostFixture>
{
    [Fact]
    public async Task An_undecided_request_is_not_approved_at_its_deadline_and_the_employee_is_told()
    {
        var harness = fixture.Harness;
        var day = await harness.SubmitOkAsync("R1");

        await harness.WaitForStateAsync("R1", day, "not-approved");

        await harness.WaitForMailAsync("R1", m => m.BatchKey.EndsWith("|lapsed", StringComparison.Ordinal), "the not-approved notice");
    }

    [Fact]
    public async Task A_decision_after_the_deadline_is_refused()
    {
        var harness = fixture.Harness;
        var day = await harness.SubmitOkAsync("R2");
        await harness.WaitForStateAsync("R2", day, "not-approved");

        var (status, _) = await harness.DecideAsync("S1", "R2", day, approve: true);

        Assert.Equal(HttpStatusCode.Conflict, status);
    }
}
