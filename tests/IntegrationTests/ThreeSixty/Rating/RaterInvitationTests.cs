using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Rating;

public sealed class RaterInvitationTests : IDisposable
{
    private readonly RatingHarness _harness = new();

    [Fact]
    public async Task Every_rater_gets_one_mail_with_one_link_in_their_language_naming_how_many_they_rate()
    {
        var round = await _harness.OpenRoundAsync();

        var mailed = await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);

        Assert.Equal(RatingHarness.Plan.Count, mailed);
        var tokens = new List<string>();
        foreach (var rater in RatingHarness.Plan)
        {
            var mail = Assert.Single(await _harness.OutboxAsync(rater.RaterId));
            Assert.Single(mail.Links, l => l.Contains("/360/r/", StringComparison.Ordinal));
            tokens.Add(RatingHarness.TokenIn(mail.Text));
        }

        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        var chief = Assert.Single(await _harness.OutboxAsync("C1"));
        Assert.Contains("3名", chief.Subject, StringComparison.Ordinal);
        var english = Assert.Single(await _harness.OutboxAsync("E4"));
        Assert.Contains("(1 in all)", english.Subject, StringComparison.Ordinal);
        Assert.Contains("Please answer by", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storage_keeps_only_the_hash_of_a_mailed_link()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var token = await _harness.LatestTokenAsync("C1");
        var secret = token.Split('.')[2];

        var rows = await _harness.RawAsync(RaterRows.Table);

        Assert.DoesNotContain(rows, r => r.RowKey.Contains(secret, StringComparison.Ordinal)
            || r.Any(p => p.Value is string s && s.Contains(secret, StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.RowKey == RaterRows.Link(RatingTokens.Hash(token)));
    }

    [Fact]
    public async Task A_retried_invitation_mails_nobody_twice_and_the_mailed_links_keep_working()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);

        var again = await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);

        Assert.Equal(RatingHarness.Plan.Count, again);
        foreach (var rater in RatingHarness.Plan)
        {
            Assert.Single(await _harness.OutboxAsync(rater.RaterId));
        }

        var opening = await _harness.Answering.OpenAsync(await _harness.LatestTokenAsync("C1"));
        Assert.NotNull(opening.Session);
    }

    [Fact]
    public async Task A_reminder_reaches_only_raters_with_an_unfinished_subject()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var e1 = new RaterBrowser(_harness);
        await e1.OpenLinkAsync(await _harness.LatestTokenAsync("E1"));
        await e1.PostAsync("C1", RaterBrowser.AllItems(_harness, "4"), "submit");

        var reminded = await _harness.InviteAllAsync(round, "remind-1");

        Assert.Equal(RatingHarness.Plan.Count - 1, reminded);
        Assert.Single(await _harness.OutboxAsync("E1"));
        Assert.Equal(2, (await _harness.OutboxAsync("C1")).Count);
    }

    [Fact]
    public async Task A_reminder_link_replaces_the_old_one_and_keeps_the_draft()
    {
        var round = await _harness.OpenRoundAsync();
        await _harness.InviteAllAsync(round, RaterInvitations.InviteRun);
        var oldToken = await _harness.LatestTokenAsync("C1");
        var browser = new RaterBrowser(_harness);
        await browser.OpenLinkAsync(oldToken);
        var draft = new Dictionary<string, string> { ["V01"] = "5", ["V02"] = "na", [RatingRules.StrengthsField] = "説明が丁寧" };
        await browser.PostAsync("C2", draft, "save");

        await _harness.InviteAllAsync(round, "remind-1");

        var old = await new RaterBrowser(_harness).OpenLinkAsync(oldToken);
        Assert.Equal(410, Tests.Surveys.Answers.SurveyHttp.Status(old));
        var fresh = new RaterBrowser(_harness);
        await fresh.OpenLinkAsync(await _harness.LatestTokenAsync("C1"));
        var form = RatingHarness.Content(await fresh.FormAsync("C2"));
        Assert.Contains("name=\"V01\" value=\"5\" checked", form, StringComparison.Ordinal);
        Assert.Contains("name=\"V02\" value=\"na\" checked", form, StringComparison.Ordinal);
        Assert.Contains("説明が丁寧", form, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();
}
