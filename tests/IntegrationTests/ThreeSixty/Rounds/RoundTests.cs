using System.Net;
using Transformation.Tests.Support;

namespace Transformation.Tests.ThreeSixty.Rounds;

/// <summary>What people notice of a whole 360 round (see <see cref="RoundScenario"/>), one behaviour per test.</summary>
public sealed class RoundTests(RoundScenario scenario) : IClassFixture<RoundScenario>
{
    private const string RoundId = RoundScenario.RoundId;
    private readonly RoundHarness _round = scenario.Round;

    [Fact]
    public void Opening_the_year_twice_starts_one_round()
    {
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.OK], scenario.Opening);
    }

    [Fact]
    public void A_subject_nominates_peers_on_their_page()
    {
        Assert.Equal(HttpStatusCode.SeeOther, scenario.Nomination);
    }

    [Fact]
    public void Starting_rating_a_second_time_is_refused()
    {
        Assert.Equal(HttpStatusCode.Conflict, scenario.StartRatingAgain);
    }

    [Fact]
    public async Task A_rater_with_several_subjects_gets_one_invitation()
    {
        // K1 rates themselves, K2–K4 as a peer and S1 as supervisor: one mail, one link.
        Assert.Single(await _round.MailsAsync("K1", $"360:{RoundId}:invite:"));
        Assert.Single(scenario.Invitations["K1"].Links, l => l.Contains("/360/r/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_submission_through_the_pages_is_accepted()
    {
        Assert.All(scenario.Submissions, status => Assert.Equal(HttpStatusCode.SeeOther, status));
    }

    [Fact]
    public async Task The_reminder_goes_only_to_raters_with_an_unfinished_subject()
    {
        Assert.Empty(await _round.MailsAsync("E21", $"360:{RoundId}:remind-"));
        Assert.Single(await _round.MailsAsync("E31", $"360:{RoundId}:remind-1:"));
    }

    [Fact]
    public async Task The_report_pools_the_groups_of_three_into_all_others()
    {
        var (status, html) = await _round.ReportAsync(RoundId, "K1");

        // Self 5; subordinates S1, E11, E12 gave 3; peers K2–K4 gave 4: all others (9 + 12) / 6 = 3.50, gap 5 − 3.50.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<strong>3.50</strong>", html, StringComparison.Ordinal);
        Assert.Contains("+1.50", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_of_two_is_left_out_of_the_report()
    {
        var (status, html) = await _round.ReportAsync(RoundId, "K2");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("scope=\"col\">部下</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>2.00</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_subjects_supervisor_cannot_open_the_report()
    {
        var (status, _) = await _round.ReportAsync(RoundId, "B0");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Each_subject_is_mailed_the_link_to_their_report()
    {
        var mail = Assert.Single(await _round.MailsAsync("K1", $"three-sixty-report:{RoundId}:"));

        Assert.Contains(mail.Links, l => l.Contains($"/360/{RoundId}/report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_subject_finds_their_report_on_the_home_page()
    {
        using var browser = await BrowserSession.SignInAsync(_round.Host.BaseUrl, "K1", "division.head");

        var home = await browser.GetStringAsync("/");

        Assert.Contains($"href=\"/360/{RoundId}/report?lang=ja\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HRs_round_page_shows_the_round_as_reported()
    {
        using var hr = await BrowserSession.SignInAsync(_round.Host.BaseUrl, "HR1", "hr.admin");

        var html = await hr.GetStringAsync("/360/rounds");

        Assert.Contains("data-phase=\"reported\">報告書送付済み", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extending_a_round_that_is_no_longer_rating_is_refused_on_the_page()
    {
        using var hr = await BrowserSession.SignInAsync(_round.Host.BaseUrl, "HR1", "hr.admin");
        // The round page shows no form once reported; any of HR's forms carries the same anti-forgery pair.
        var csrf = RoundHarness.CsrfOf(await hr.GetStringAsync("/organisation/roster"));
        var form = new Dictionary<string, string> { ["__csrf"] = csrf, ["date"] = "2099-12-01", ["time"] = "18:00" };

        using var refused = await hr.PostAsync($"/360/rounds/{RoundId}/extend", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("いまその操作を受け付けていません", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_without_the_HR_role_cannot_open_the_round_page()
    {
        using var staff = await BrowserSession.SignInAsync(_round.Host.BaseUrl, "K1", "employee", "division.head");

        using var page = await staff.GetAsync("/360/rounds");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }
}
