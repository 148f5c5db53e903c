using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.Support;

namespace Transformation.Tests.TeamUp;

/// <summary>HR's season changes against real Azurite: the first confirmation wins, and the panel cannot change once ranking has begun.</summary>
public sealed class SeasonStoreTests
{
    private readonly SeasonStore _store = new(new Tables(Options.Create(new StorageOptions
    {
        ConnectionString = Azurite.ConnectionString,
        TablePrefix = "t" + Guid.NewGuid().ToString("N")[..10],
    })));

    [Fact]
    public async Task Of_two_confirmations_at_the_same_moment_only_one_is_stored()
    {
        await _store.CreateAsync(Season(SeasonPhase.AwaitingConfirmation));
        var first = new AwardDecision(["D3", "D1"], false, "審査結果のとおり", "HR1", DateTimeOffset.UtcNow);
        var second = new AwardDecision(["D1", "D3"], true, "審査会の意見により入れ替え", "HR2", DateTimeOffset.UtcNow);

        var saved = await Task.WhenAll(_store.SaveAwardAsync("2031", first), _store.SaveAwardAsync("2031", second));

        Assert.Single(saved, s => s);
        var stored = await _store.GetAwardAsync("2031");
        Assert.Equal(saved[0] ? "HR1" : "HR2", stored!.DecidedBy);
        Assert.False(await _store.SaveAwardAsync("2031", first));
    }

    [Fact]
    public async Task The_panel_can_change_while_judging_but_not_once_ranked()
    {
        await _store.CreateAsync(Season(SeasonPhase.Judging));

        Assert.True(await _store.SetPanelAsync("2031", ["J1", "J2"], "HR1"));
        await _store.SetPhaseAsync("2031", SeasonPhase.AwaitingConfirmation);
        Assert.False(await _store.SetPanelAsync("2031", ["J1"], "HR1"));
        Assert.Equal(["J1", "J2"], (await _store.GetAsync("2031"))!.Panel);
    }

    private static Season Season(string phase) =>
        new("2031", "snap", phase, DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(-1), [], null, "HR1");
}
