using Transformation.Tests.Surveys.Answers;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Rating;

/// <summary>
/// A rater's page opens with at most 2 storage requests (the 360 performance target), counted as the rater meets
/// them: the link from the mail opened, then the list and a form, each the first time.
/// </summary>
public sealed class RatingPageStorageReadsTests : IDisposable
{
    private const int MostRequestsAPage = 2;
    private readonly RatingHarness _harness = new();

    [Fact]
    public async Task The_raters_list_opens_with_at_most_two_storage_requests()
    {
        var browser = await InvitedRaterAsync("C1");

        using var storage = new StorageRequestScope();
        var page = await browser.ListAsync();

        Assert.Equal(200, SurveyHttp.Status(page));
        Assert.True(storage.Requests.Count <= MostRequestsAPage, string.Join(Environment.NewLine, storage.Requests));
    }

    [Fact]
    public async Task A_subjects_rating_form_opens_with_at_most_two_storage_requests()
    {
        var browser = await InvitedRaterAsync("C1");
        // Another rater's form first: the app loads (on its first start, creates) its data-protection key ring for the
        // form's CSRF token once per instance, not once per rater, so it is not a cost of this rater's page.
        var other = new RaterBrowser(_harness);
        await other.OpenLinkAsync(await _harness.LatestTokenAsync("E1"));
        await other.FormAsync("C1");

        using var storage = new StorageRequestScope();
        var page = await browser.FormAsync("C2");

        Assert.Equal(200, SurveyHttp.Status(page));
        Assert.True(storage.Requests.Count <= MostRequestsAPage, string.Join(Environment.NewLine, storage.Requests));
    }

    [Fact]
    public async Task The_count_sees_the_storage_requests_a_page_makes()
    {
        var browser = await InvitedRaterAsync("C1");

        using var storage = new StorageRequestScope();
        await browser.ListAsync();

        Assert.NotEmpty(storage.Requests);
    }

    public void Dispose() => _harness.Dispose();

    private async Task<RaterBrowser> InvitedRaterAsync(string raterId)
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var browser = new RaterBrowser(_harness);
        Assert.Equal(303, SurveyHttp.Status(await browser.OpenLinkAsync(await _harness.LatestTokenAsync(raterId))));
        return browser;
    }
}
