using Transformation.Platform.Links;
using Transformation.Platform.Localization;

namespace Transformation.Tests.Links;

public sealed class ActionLinkRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 5, 0, 0, TimeSpan.Zero);

    private static ActionLink Link(DateTimeOffset? usedAt = null, DateTimeOffset? revokedAt = null, int version = 2, DateTimeOffset? expiresAt = null) =>
        new("caresheet.approve", "S001", "caresheet:42", version, Language.Ja, Now.AddDays(-1), expiresAt ?? Now.AddDays(1), usedAt, null, null, revokedAt);

    [Fact]
    public void A_fresh_link_for_the_current_version_is_usable()
    {
        Assert.Null(ActionLinkRules.Judge(Link(), "caresheet.approve", 2, Now));
    }

    [Fact]
    public void A_link_stops_at_the_instant_it_expires()
    {
        Assert.Null(ActionLinkRules.Judge(Link(expiresAt: Now.AddTicks(1)), null, null, Now));
        Assert.Equal(LinkRefusal.Expired, ActionLinkRules.Judge(Link(expiresAt: Now), null, null, Now));
    }

    [Fact]
    public void A_newer_version_supersedes_an_older_link_but_an_equal_one_does_not()
    {
        Assert.Equal(LinkRefusal.Superseded, ActionLinkRules.Judge(Link(version: 2), null, 3, Now));
        Assert.Null(ActionLinkRules.Judge(Link(version: 2), null, 2, Now));
    }

    [Fact]
    public void Used_is_reported_before_withdrawn_superseded_or_expired()
    {
        var everything = Link(usedAt: Now.AddHours(-2), revokedAt: Now.AddHours(-1), expiresAt: Now.AddHours(-1));

        Assert.Equal(LinkRefusal.AlreadyUsed, ActionLinkRules.Judge(everything, null, 9, Now));
        Assert.Equal(LinkRefusal.Revoked, ActionLinkRules.Judge(everything with { UsedAt = null }, null, 9, Now));
    }

    [Fact]
    public void A_link_offered_to_another_feature_is_refused_first()
    {
        Assert.Equal(LinkRefusal.WrongPurpose, ActionLinkRules.Judge(Link(usedAt: Now), "survey.answer", 2, Now));
    }
}
