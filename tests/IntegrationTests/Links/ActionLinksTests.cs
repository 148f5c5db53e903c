using Azure.Data.Tables;
using Transformation.Platform.Links;
using Transformation.Platform.Localization;

namespace Transformation.Tests.Links;

public sealed class ActionLinksTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly LinkServices _services = new();

    private ActionLinks Links => _services.Links;

    [Fact]
    public async Task A_link_is_issued_with_its_public_url_and_redeems_once()
    {
        var spec = new LinkToIssue { Version = 3 };
        var issued = await spec.IssueAsync(Links);

        var first = await Links.RedeemAsync(issued.Token, spec.Purpose, 3, usedBy: "S1001", decision: "approved");
        var second = await Links.RedeemAsync(issued.Token, spec.Purpose, 3);

        Assert.Equal(new Uri(LinkServices.BaseUrl, "/links/" + issued.Token), issued.Url);
        Assert.True(first.IsOk);
        Assert.Equal(("S1001", spec.ResourceId, 3), (first.Link!.SubjectId, first.Link.ResourceId, first.Link.ResourceVersion));
        Assert.Equal(LinkRefusal.AlreadyUsed, second.Refusal);
        Assert.NotNull(second.Link!.UsedAt);
        Assert.InRange(second.Link.UsedAt!.Value, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        Assert.Equal(("S1001", "approved"), (second.Link.UsedBy, second.Link.Decision));
    }

    [Fact]
    public async Task Inspecting_changes_nothing()
    {
        var spec = new LinkToIssue();
        var issued = await spec.IssueAsync(Links);

        var looked = await Links.InspectAsync(issued.Token);
        var again = await Links.InspectAsync(issued.Token);
        var redeemed = await Links.RedeemAsync(issued.Token, spec.Purpose, 1);

        Assert.True(looked.IsOk);
        Assert.True(again.IsOk);
        Assert.True(redeemed.IsOk);
        Assert.Equal(LinkRefusal.AlreadyUsed, (await Links.InspectAsync(issued.Token)).Refusal);
    }

    [Fact]
    public async Task A_link_past_its_expiry_is_refused()
    {
        // Long enough that issuing and the first look fit inside it on a loaded machine (it took over 4 s once).
        var spec = new LinkToIssue { ValidFor = TimeSpan.FromSeconds(15) };
        var issued = await spec.IssueAsync(Links);
        Assert.True((await Links.InspectAsync(issued.Token)).IsOk);

        await Task.Delay(TimeSpan.FromSeconds(15.5));

        Assert.Equal(LinkRefusal.Expired, (await Links.InspectAsync(issued.Token)).Refusal);
        Assert.Equal(LinkRefusal.Expired, (await Links.RedeemAsync(issued.Token, spec.Purpose, 1)).Refusal);
    }

    [Fact]
    public async Task A_link_for_an_older_version_is_superseded_and_not_used_up_by_the_refusal()
    {
        var spec = new LinkToIssue { Version = 1 };
        var issued = await spec.IssueAsync(Links);

        var stale = await Links.RedeemAsync(issued.Token, spec.Purpose, currentVersion: 2);
        var current = await Links.RedeemAsync(issued.Token, spec.Purpose, currentVersion: 1);

        Assert.Equal(LinkRefusal.Superseded, stale.Refusal);
        Assert.True(current.IsOk);
    }

    [Fact]
    public async Task A_link_offered_for_another_purpose_is_refused()
    {
        var spec = new LinkToIssue();
        var issued = await spec.IssueAsync(Links);

        var wrong = await Links.RedeemAsync(issued.Token, "survey.answer", 1);

        Assert.Equal(LinkRefusal.WrongPurpose, wrong.Refusal);
        Assert.True((await Links.RedeemAsync(issued.Token, spec.Purpose, 1)).IsOk);
    }

    [Fact]
    public async Task An_unknown_or_malformed_token_is_refused_as_unknown()
    {
        Assert.Equal(LinkRefusal.Unknown, (await Links.RedeemAsync(LinkTokens.New(), LinkToIssue.ApprovePurpose, 1)).Refusal);
        Assert.Equal(LinkRefusal.Unknown, (await Links.InspectAsync("not-a-token")).Refusal);
        Assert.Equal(LinkRefusal.Unknown, (await Links.InspectAsync("'; DROP TABLE x --")).Refusal);
    }

    [Fact]
    public async Task Revoking_a_resource_revokes_all_its_links_and_no_other_and_later_links_work()
    {
        var sheet = new LinkToIssue();
        var a = await sheet.IssueAsync(Links);
        var b = await (sheet with { SubjectId = "S2002" }).IssueAsync(Links);
        var other = await new LinkToIssue().IssueAsync(Links);

        await Links.RevokeAllAsync(sheet.ResourceId);
        var reissued = await sheet.IssueAsync(Links);

        Assert.Equal(LinkRefusal.Revoked, (await Links.InspectAsync(a.Token)).Refusal);
        Assert.Equal(LinkRefusal.Revoked, (await Links.RedeemAsync(b.Token, sheet.Purpose, 1)).Refusal);
        Assert.True((await Links.RedeemAsync(other.Token, sheet.Purpose, 1)).IsOk);
        Assert.True((await Links.RedeemAsync(reissued.Token, sheet.Purpose, 1)).IsOk);
    }

    [Fact]
    public async Task Revoking_twice_keeps_earlier_links_revoked()
    {
        var sheet = new LinkToIssue();
        var first = await sheet.IssueAsync(Links);
        await Links.RevokeAllAsync(sheet.ResourceId);
        var second = await sheet.IssueAsync(Links);

        await Links.RevokeAllAsync(sheet.ResourceId);

        Assert.Equal(LinkRefusal.Revoked, (await Links.InspectAsync(first.Token)).Refusal);
        Assert.Equal(LinkRefusal.Revoked, (await Links.InspectAsync(second.Token)).Refusal);
    }

    [Fact]
    public async Task Storage_holds_the_hash_of_the_token_and_never_the_token()
    {
        var issued = await new LinkToIssue { Language = Language.En }.IssueAsync(Links);

        var table = await _services.Tables.GetAsync(ActionLinks.LinkTable);
        var rows = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
        {
            rows.Add(entity);
        }

        var row = Assert.Single(rows);
        Assert.Equal(LinkTokens.Hash(issued.Token), row.PartitionKey);
        var stored = string.Join("|", row.Select(p => $"{p.Key}={p.Value}").Append(row.RowKey));
        Assert.DoesNotContain(issued.Token, stored, StringComparison.Ordinal);
        Assert.Equal("en", row.GetString("Language"));
    }

    [Fact]
    public async Task Of_many_simultaneous_redemptions_exactly_one_succeeds()
    {
        var spec = new LinkToIssue();
        var issued = await spec.IssueAsync(Links);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await Links.RedeemAsync(issued.Token, spec.Purpose, 1, decision: $"tab {i}");
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts).WaitAsync(Timeout);

        var winner = Assert.Single(results, r => r.IsOk);
        Assert.All(results.Where(r => !r.IsOk), r => Assert.Equal(LinkRefusal.AlreadyUsed, r.Refusal));
        var after = await Links.InspectAsync(issued.Token);
        Assert.Equal(winner.Link!.Decision, after.Link!.Decision);
    }
}
