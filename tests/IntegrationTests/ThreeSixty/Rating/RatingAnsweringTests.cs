using Transformation.Tests.Surveys.Answers;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Rating;

public sealed class RatingAnsweringTests : IDisposable
{
    private readonly RatingHarness _harness = new();

    [Fact]
    public async Task A_subject_is_submitted_once_and_its_page_then_says_so()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var token = await _harness.LatestTokenAsync("C1");
        var browser = new RaterBrowser(_harness);
        await browser.OpenLinkAsync(token);
        Assert.Equal(303, SurveyHttp.Status(await browser.PostAsync("C2", RaterBrowser.AllItems(_harness, "3"), "submit")));

        var session = (await _harness.Answering.OpenAsync(token)).Session!;
        var second = await _harness.Answering.SubmitAsync(session, "C2", RatingResponse.Empty);

        Assert.Equal(RatingRefusal.AlreadySubmitted, second);
        Assert.Single(await _harness.RawAsync(RatingAnswering.HoldingTable));
        Assert.Contains(ThreeSixtyRatingTexts.AlreadySubmittedHere.Ja, RatingHarness.Content(await browser.FormAsync("C2")),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_with_an_unanswered_item_is_refused_with_the_values_kept()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var browser = new RaterBrowser(_harness);
        await browser.OpenLinkAsync(await _harness.LatestTokenAsync("E1"));
        var values = RaterBrowser.AllItems(_harness, "2", strengths: "会議が短い");
        values.Remove("M03");

        var result = await browser.PostAsync("C1", values, "submit");

        Assert.Equal(400, SurveyHttp.Status(result));
        var page = RatingHarness.Content(result);
        Assert.Contains("id=\"f-M03-error\"", page, StringComparison.Ordinal);
        Assert.Contains("会議が短い", page, StringComparison.Ordinal);
        Assert.Empty(await _harness.RawAsync(RatingAnswering.HoldingTable));
    }

    [Fact]
    public async Task Nothing_is_accepted_once_the_round_is_closed()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var token = await _harness.LatestTokenAsync("E2");
        var session = (await _harness.Answering.OpenAsync(token)).Session!;

        await _harness.Rounds.CloseAsync(RatingHarness.RoundId);
        var refused = await _harness.Answering.SubmitAsync(session, "C1", new RatingResponse(
            new Dictionary<string, int> { ["V01"] = 4 }, [], null, null));

        Assert.Equal(RatingRefusal.Closed, refused);
        Assert.Empty(await _harness.RawAsync(RatingAnswering.HoldingTable));
        Assert.Equal(410, SurveyHttp.Status(await new RaterBrowser(_harness).OpenLinkAsync(token)));
    }

    [Fact]
    public async Task An_unknown_link_gets_a_readable_not_found_page()
    {
        await _harness.OpenRoundAsync();

        var result = await new RaterBrowser(_harness).OpenLinkAsync("2026.00.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(404, SurveyHttp.Status(result));
        Assert.Contains(ThreeSixtyRatingTexts.UnknownTitle.Ja, RatingHarness.Content(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_is_told_their_rating_is_shown_only_when_the_setting_says_so()
    {
        using var shown = new RatingHarness(new() { ["ThreeSixty:Rating:SupervisorShown"] = "true" });
        foreach (var (harness, expected) in new[] { (_harness, false), (shown, true) })
        {
            var round = await harness.OpenRoundAsync();
            await harness.InviteAllAsync(round, RaterInvitations.InviteRun);
            var browser = new RaterBrowser(harness);
            await browser.OpenLinkAsync(await harness.LatestTokenAsync("H1"));

            var asSupervisor = RatingHarness.Content(await browser.FormAsync("C1"));
            var self = RatingHarness.Content(await browser.FormAsync("H1"));

            Assert.Equal(expected, asSupervisor.Contains("data-supervisor-shown", StringComparison.Ordinal));
            Assert.DoesNotContain("data-supervisor-shown", self, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _harness.Dispose();
}
