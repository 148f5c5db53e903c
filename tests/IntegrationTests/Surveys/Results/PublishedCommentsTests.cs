using System.Net;
using Transformation.Tests.Surveys.Plans;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>
/// Comments on the real host's pages: the ministry's results page for any member of staff and a division's
/// feedback sheet for its head. D1 (12 respondents, one comment each), D2 (8, commenting too, below the comment threshold), D3 (9).
/// </summary>
public sealed class PublishedCommentsTests(FollowThroughHostFixture fixture) : IClassFixture<FollowThroughHostFixture>
{
    private const string Cycle = "2033";
    private const string D1Comment = "会議の資料を前日までに共有してほしい";
    private const string D2Comment = "少人数の係の負担が重い";

    private readonly FollowThroughHarness _harness = fixture.Harness;

    [Fact]
    public async Task Any_member_of_staff_reads_the_ministrys_comments_on_the_results_page()
    {
        await StoreAsync();
        using var employee = await _harness.ClientAsync("E305", "employee");

        var page = await employee.GetStringAsync($"/surveys/{Cycle}/results");

        Assert.Contains(D1Comment, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ministrys_page_leaves_out_comments_of_a_division_below_the_comment_threshold()
    {
        await StoreAsync();
        using var employee = await _harness.ClientAsync("E305", "employee");

        var page = await employee.GetStringAsync($"/surveys/{Cycle}/results");

        Assert.DoesNotContain(D2Comment, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_reads_their_divisions_comments_on_the_feedback_sheet()
    {
        await StoreAsync();
        using var head = await _harness.ClientAsync("H1", "division.head");

        using var sheet = await head.GetAsync($"/surveys/{Cycle}/sheets/division/D1");

        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Contains(D1Comment, await sheet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task StoreAsync()
    {
        var q = FollowThroughHarness.Questionnaire;
        var work = q.Categories[0].Id;
        await _harness.StoreResultsAsync(Cycle, new ResponseBuilder(q, "D1", "B1").Comment(work, D1Comment).Times(12)
            .Concat(new ResponseBuilder(q, "D2", "B1").Comment(work, D2Comment).Times(8))
            .Concat(new ResponseBuilder(q, "D3", "B2").Times(9)));
    }
}
