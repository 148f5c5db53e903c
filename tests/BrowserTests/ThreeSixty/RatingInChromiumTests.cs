using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.ThreeSixty;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Tests.ThreeSixty;

/// <summary>
/// A section chief rates three people from one mail, in Japanese: their head (as a subordinate), a peer and
/// themselves. The round and the plan are written straight to the host's tables; the rest is the browser alone.
/// </summary>
public sealed partial class RatingInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_section_chief_rates_their_head_a_peer_and_themselves_with_one_refused_submit_first()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var link = await InviteChiefAsync(host);
        await using var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();

        var first = await page.GotoAsync(link);

        Assert.Equal(200, first!.Status);
        Assert.EndsWith("/360/rate?lang=ja", page.Url, StringComparison.Ordinal);
        var main = await page.InnerTextAsync("main");
        Assert.Contains("部下として", main, StringComparison.Ordinal);
        Assert.Contains("同僚として", main, StringComparison.Ordinal);
        Assert.Contains("自己評価", main, StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("tr[data-state=Pending]").CountAsync());

        // The head first: a submit with one item left open is refused, with the choices made kept.
        await OpenRowAsync(page, "山田 部長");
        await RateAllAsync(page, "4", skip: "M02");
        await page.GetByRole(AriaRole.Button, new() { Name = "送信する", Exact = true }).ClickAsync();
        Assert.Contains("いずれかを選んでください", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.True(await page.Locator("input[name=V01][value='4']").IsCheckedAsync());
        await page.Locator("input[name=M02][value=na]").CheckAsync();
        await page.GetByLabel("強み（任意）").FillAsync("方針の説明が分かりやすい。");
        await page.GetByRole(AriaRole.Button, new() { Name = "送信する", Exact = true }).ClickAsync();
        Assert.Contains("送信しました", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);

        await OpenRowAsync(page, "鈴木 補佐");
        await RateAllAsync(page, "3", skip: null);
        await page.GetByRole(AriaRole.Button, new() { Name = "送信する", Exact = true }).ClickAsync();

        await OpenRowAsync(page, "佐藤 補佐");
        Assert.Contains("ご自身について", await page.InnerTextAsync("h2"), StringComparison.Ordinal);
        await RateAllAsync(page, "5", skip: null);
        await page.GetByLabel("改善してほしい点（任意）").FillAsync("部下の話をもっと聞く。");
        await page.GetByRole(AriaRole.Button, new() { Name = "送信する", Exact = true }).ClickAsync();

        Assert.Equal(3, await page.Locator("tr[data-state=Submitted]").CountAsync());
        Assert.Contains("すべての方の回答を送信しました", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Artifacts.PathFor("three-sixty-rating-list-ja.png"), FullPage = true });
        var again = await page.GotoAsync(link);
        Assert.Equal(410, again!.Status);
    }

    private static async Task OpenRowAsync(IPage page, string name)
    {
        await page.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForSelectorAsync("form[method=post]");
    }

    private static async Task RateAllAsync(IPage page, string score, string? skip)
    {
        var items = await page.Locator("fieldset input[type=radio][value=na]").AllAsync();
        Assert.Equal(20, items.Count);
        foreach (var item in items)
        {
            var name = await item.GetAttributeAsync("name");
            if (name != skip)
            {
                await page.Locator($"input[name={name}][value='{score}']").CheckAsync();
            }
        }
    }

    /// <summary>The round (rating open a week), the plan written, the invitations mailed; the chief's link from their mail.</summary>
    private static async Task<string> InviteChiefAsync(LocalHostProcess host)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "three-sixty-questionnaire.json"))
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "three-sixty-rating.json"))
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "three-sixty-round.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Mail:Provider"] = "Outbox", ["ThreeSixty:Rating:SealKey"] = TestSecrets.RatingSealKey,
            })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        var storage = new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix };
        services.AddSingleton(new Tables(Options.Create(storage)));
        services.Configure<AppOptions>(o => o.PublicBaseUrl = host.BaseUrl);
        services.AddSingleton<JapanTime>();
        services.AddPages(configuration);
        services.AddOptions<SignInOptions>();
        services.AddOrganisation(configuration);
        services.AddMail(configuration);
        services.AddThreeSixty(configuration);
        await using var provider = services.BuildServiceProvider();
        StaffMember[] staff =
        [
            new("H1", "山田 部長", "h1@example.go.jp", "100", "大臣官房", "1010", "秘書課", "課長", null, Language.Ja),
            new("C1", "佐藤 補佐", "c1@example.go.jp", "100", "大臣官房", "1010", "秘書課", "課長補佐", "H1", Language.Ja),
            new("C2", "鈴木 補佐", "c2@example.go.jp", "100", "大臣官房", "1020", "総務課", "課長補佐", "H1", Language.Ja),
        ];
        provider.GetRequiredService<RosterDirectory>().Remember(new RosterSnapshotInfo("snap-1", DateTimeOffset.UtcNow, "test", 3, 1, "utf-8"),
            staff);
        var rounds = provider.GetRequiredService<RoundStore>();
        var now = DateTimeOffset.UtcNow;
        await rounds.CreateAsync(new Round("2026", "snap-1", RoundPhase.Nominating, now, now.AddDays(-1), "test"));
        var round = await rounds.OpenRatingAsync("2026", now.AddDays(7), 1);
        var invitations = provider.GetRequiredService<RaterInvitations>();
        await invitations.WriteAsync(round,
            [new("C1", [new("H1", RaterGroup.Subordinate), new("C2", RaterGroup.Peer), new("C1", RaterGroup.Self)])]);
        await invitations.InviteAsync(round, 0, RaterInvitations.InviteRun);
        var mail = Assert.Single(await provider.GetRequiredService<MailOutbox>().ListAsync("c1@example.go.jp", 10, CancellationToken.None));
        return LinkPattern().Match(mail.Text).Value;
    }

    [GeneratedRegex(@"http://[^\s]+/360/r/[A-Za-z0-9._-]+")]
    private static partial Regex LinkPattern();
}
