using System.Net;
using Transformation.Tests.Support;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// People around a subject try to open the subject's report, and raters try to reach subjects not theirs.
/// </summary>
[Collection(AttackedRoundCollection.Name)]
public sealed class AccessAttackTests(AttackedRound run)
{
    private const string RoundId = AttackedRound.RoundId;

    public static TheoryData<string, string> Others => new()
    {
        { "B0", "division.head" }, // the subject's supervisor
        { "HR1", "hr.admin" },
        { "E11", "employee" }, // a subordinate who rated them
    };

    public static TheoryData<string> OtherSubjects => new() { "K2", "K3" }; // a peer who rated K1, and one who did not

    [Theory]
    [MemberData(nameof(Others))]
    public async Task Someone_without_a_report_gets_not_found_for_the_report_and_its_workbook(string staffId, string role)
    {
        using var browser = await BrowserSession.SignInAsync(run.Round.Host.BaseUrl, staffId, role);

        using var page = await browser.GetAsync($"/360/{RoundId}/report");
        using var workbook = await browser.GetAsync($"/360/{RoundId}/report.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, workbook.StatusCode);
    }

    [Theory]
    [MemberData(nameof(OtherSubjects))]
    public async Task Another_subject_naming_K1_gets_not_found_or_only_their_own_report(string staffId)
    {
        using var browser = await BrowserSession.SignInAsync(run.Round.Host.BaseUrl, staffId, "division.head");

        foreach (var path in new[] { $"/360/{RoundId}/report/K1", $"/360/{RoundId}/report?subject=K1", $"/360/{RoundId}/report.xlsx?subjectId=K1",
            $"/360/{RoundId}/report.xlsx/K1" })
        {
            using var response = await browser.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.False(run.Submitted.Where(s => s.Subject == "K1" && s.Rater != staffId)
                .Any(s => body.Contains(s.Strengths, StringComparison.Ordinal)),
                $"{path} showed K1's report to {staffId}");
        }
    }

    [Fact]
    public void A_raters_link_cannot_open_a_subject_another_rater_rates()
    {
        Assert.Equal(HttpStatusCode.NotFound, run.OtherSubject.Open);
    }

    [Fact]
    public void A_raters_link_cannot_post_for_a_subject_another_rater_rates()
    {
        Assert.Equal(HttpStatusCode.NotFound, run.OtherSubject.Post);
    }

    [Fact]
    public void A_rating_page_for_someone_not_a_subject_of_the_link_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, run.OtherSubject.NoSubject);
    }
}
