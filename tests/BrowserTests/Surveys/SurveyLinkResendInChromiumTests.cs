using Microsoft.Playwright;
using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Surveys.Participation;
using Transformation.Tests.SignIn;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys;

/// <summary>
/// Someone who lost their survey mail gets a new link from the home page: mailed to their roster address, never
/// shown on the page; the earlier link stops working; a second press soon after sends nothing more.
/// 森 さくら (2010006) is invited; 中村 彩 (1010005) is not.
/// </summary>
public sealed class SurveyLinkResendInChromiumTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Invited = "mori-sakura@example.go.jp";
    private static readonly string Cycle = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly StaffMember Mori = new(
        "2010006", "森 さくら", Invited, "200", "経済産業政策局", "2010", "政策企画課", "係員", "2010004", Language.Ja);

    [Fact]
    public async Task A_person_who_lost_the_mail_is_mailed_a_new_link_from_the_home_page()
    {
        await using var host = await SampleRosterHost.StartAsync();
        var first = await InviteMoriAsync(host);
        var page = await SignedInAsync(host, Invited);

        await page.GetByRole(AriaRole.Link, new() { Name = "回答用リンクをもう一度受け取る" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "回答用リンクをメールで再送する" }).ClickAsync();

        Assert.Contains("新しい回答用リンクをメールで送りました", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var mail = await ResendMailAsync(host);
        var link = Assert.Single(mail.Links, l => l.Contains("/survey/", StringComparison.Ordinal));
        Assert.NotEqual(first.Url.AbsoluteUri, link);
        Assert.DoesNotContain(link, await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_earlier_link_stops_working_once_a_new_one_is_sent()
    {
        await using var host = await SampleRosterHost.StartAsync();
        var first = await InviteMoriAsync(host);
        var page = await SignedInAsync(host, Invited);
        await page.GotoAsync($"/surveys/{Cycle}/link");
        await page.GetByRole(AriaRole.Button, new() { Name = "回答用リンクをメールで再送する" }).ClickAsync();
        var mail = await ResendMailAsync(host);

        var old = await page.GotoAsync(first.Url.AbsoluteUri);
        var fresh = await page.GotoAsync(mail.Links.Single(l => l.Contains("/survey/", StringComparison.Ordinal)));

        Assert.NotEqual(200, old!.Status);
        Assert.Equal(200, fresh!.Status);
    }

    [Fact]
    public async Task Pressing_again_soon_after_sends_no_second_mail()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await InviteMoriAsync(host);
        var page = await SignedInAsync(host, Invited);
        await page.GotoAsync($"/surveys/{Cycle}/link");
        await page.GetByRole(AriaRole.Button, new() { Name = "回答用リンクをメールで再送する" }).ClickAsync();
        await ResendMailAsync(host);

        await page.GetByRole(AriaRole.Button, new() { Name = "回答用リンクをメールで再送する" }).ClickAsync();

        Assert.Contains("少し前にリンクを送りました", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var resent = (await new CareSheetHarness(host).OutboxAsync(Invited)).Count(IsResend);
        Assert.Equal(1, resent);
    }

    [Fact]
    public async Task Someone_not_invited_is_offered_no_link_and_told_why()
    {
        await using var host = await SampleRosterHost.StartAsync();
        await InviteMoriAsync(host);
        var page = await SignedInAsync(host, "nakamura-aya@example.go.jp");

        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "回答用リンクをもう一度受け取る" }).CountAsync());
        await page.GotoAsync($"/surveys/{Cycle}/link?lang=en");

        Assert.Contains("There is no answer of yours waiting in this survey", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Mail me my answer link again" }).CountAsync());
    }

    private static async Task<SurveyLink> InviteMoriAsync(LocalHostProcess host) =>
        Assert.Single(await SurveyInvites.InviteAsync(host, Cycle, DateTimeOffset.UtcNow.AddDays(14), Mori));

    private static bool IsResend(OutboxMessage mail) => mail.Subject.Contains("回答用リンクの再送", StringComparison.Ordinal);

    private static Task<OutboxMessage> ResendMailAsync(LocalHostProcess host) =>
        new CareSheetHarness(host).WaitForMailAsync(Invited, IsResend, "survey link sent again");

    private async Task<IPage> SignedInAsync(LocalHostProcess host, string email)
    {
        var context = await chromium.PersonAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#staffId").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:text('ホーム')");
        return page;
    }
}
