using Transformation.Tests.Surveys.Answers;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Rating;

public sealed class RatingCompletionTests : IDisposable
{
    private readonly RatingHarness _harness = new();

    [Fact]
    public async Task Hr_sees_invited_and_submitted_per_group_of_each_subject_and_never_an_answer()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var browser = new RaterBrowser(_harness);
        await browser.OpenLinkAsync(await _harness.LatestTokenAsync("E1"));
        await browser.PostAsync("C1", RaterBrowser.AllItems(_harness, "4", strengths: "とても話しやすい"), "submit");

        var result = await _harness.Completion.Show(SurveyHttp.Get(_harness.Services, "/360/2026/completion"), RatingHarness.RoundId,
            CancellationToken.None);

        var page = RatingHarness.Content(result);
        var c1 = page[page.IndexOf("data-subject=\"C1\"", StringComparison.Ordinal)..];
        c1 = c1[..c1.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("data-group=\"Subordinate\">1 / 4", c1, StringComparison.Ordinal);
        Assert.Contains("data-group=\"Peer\">0 / 1", c1, StringComparison.Ordinal);
        Assert.DoesNotContain("とても話しやすい", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hr_sees_by_rater_how_many_of_their_subjects_they_submitted()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var browser = new RaterBrowser(_harness);
        await browser.OpenLinkAsync(await _harness.LatestTokenAsync("C1"));
        await browser.PostAsync("C1", RaterBrowser.AllItems(_harness, "3"), "submit");

        var result = await _harness.Completion.Show(SurveyHttp.Get(_harness.Services, "/360/2026/completion", "?view=raters&bureau=100"),
            RatingHarness.RoundId, CancellationToken.None);

        var page = RatingHarness.Content(result);
        var c1 = page[page.IndexOf("data-rater=\"C1\"", StringComparison.Ordinal)..];
        Assert.Contains("1 / 3", c1[..c1.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();
}
