using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.ThreeSixty;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Nomination;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Tests.Accessibility;

/// <summary>
/// The 360 pages' sample: a round in nomination (高橋 直樹 a subject, HR's subjects page), a round rating (田中 美穂
/// rates her head and herself from one link; HR's completion page) with 高橋 直樹's report and the grade bands'
/// figures stored as the round would store them. Written through the stores, as the 360 browser tests do.
/// </summary>
public sealed partial class SamplePagesFixture
{
    public const string NominatingRound = "2040";
    public const string RatingRound = "2041";
    private const string Subject = "1010001";
    private const string Rater = "1010002";

    /// <summary>The rating link 田中 美穂 was mailed (usable again until she has submitted everything).</summary>
    public string RatingLink { get; private set; } = "";

    private async Task CreateThreeSixtyAsync(Tables tables, string snapshotId)
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
        services.AddSingleton(tables);
        services.Configure<AppOptions>(o => o.PublicBaseUrl = Host.BaseUrl);
        services.AddSingleton<JapanTime>();
        services.AddPages(configuration);
        services.AddOptions<SignInOptions>();
        services.AddOrganisation(configuration);
        services.AddMail(configuration);
        services.AddThreeSixty(configuration);
        await using var provider = services.BuildServiceProvider();
        var rounds = provider.GetRequiredService<RoundStore>();
        var now = DateTimeOffset.UtcNow;

        var nominating = await rounds.CreateAsync(new Round(NominatingRound, snapshotId, RoundPhase.Nominating, now, now.AddDays(5), "test"));
        Assert.True(await provider.GetRequiredService<SubjectRoster>().SelectAsync(nominating, CancellationToken.None) > 0);

        await rounds.CreateAsync(new Round(RatingRound, snapshotId, RoundPhase.Nominating, now.AddDays(-7), now.AddDays(-1), "test"));
        var rating = await rounds.OpenRatingAsync(RatingRound, now.AddDays(7), 1);
        var invitations = provider.GetRequiredService<RaterInvitations>();
        await invitations.WriteAsync(rating, [new(Rater, [new(Subject, RaterGroup.Subordinate), new(Rater, RaterGroup.Self)])]);
        await invitations.InviteAsync(rating, 0, RaterInvitations.InviteRun);
        var mail = Assert.Single(await provider.GetRequiredService<MailOutbox>().ListAsync("tanaka-miho@example.go.jp", 10, CancellationToken.None));
        var link = mail.Links.First(l => l.Contains("/360/r/", StringComparison.Ordinal));
        RatingLink = new Uri(link).PathAndQuery;

        await StoreReportAsync(provider.GetRequiredService<ReportStore>(), provider.GetRequiredService<RatingQuestionnaireSource>().Current);
        await AssertPagesOpenAsync();
    }

    /// <summary>The checks must look at the pages themselves, not at a "not found" page in their place.</summary>
    private async Task AssertPagesOpenAsync()
    {
        foreach (var (staffId, role, path) in new[]
        {
            (Subject, "division.head", $"/360/{NominatingRound}/nomination"), ("1010003", "hr.admin", $"/360/{NominatingRound}/subjects"),
            (Subject, "division.head", $"/360/{RatingRound}/report"), ("1010003", "hr.admin", $"/360/{RatingRound}/completion"),
            ("1010003", "hr.admin", $"/360/{RatingRound}/bands"),
        })
        {
            using var client = await Host.ClientForAsync(staffId, role);
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }

        using var rater = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = Host.BaseUrl };
        using var form = await rater.GetAsync(RatingLink);
        Assert.Equal(System.Net.HttpStatusCode.OK, form.StatusCode);
        Assert.EndsWith("/360/rate", form.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        using var subject = await rater.GetAsync($"/360/rate/{Subject}");
        Assert.Equal(System.Net.HttpStatusCode.OK, subject.StatusCode);
    }

    /// <summary>高橋 直樹's report (self, three peers, two subordinates left out) and the bands' figures, one band too small.</summary>
    private static async Task StoreReportAsync(ReportStore store, RatingQuestionnaire questionnaire)
    {
        var items = questionnaire.Items.Select(i => i.Id).ToList();
        Dictionary<string, int> Scores(int first, int rest) =>
            items.Select((id, n) => (id, n)).ToDictionary(x => x.id, x => x.n == 0 ? first : 1 + ((x.n + rest) % 5), StringComparer.Ordinal);
        RatingAnswer[] answers =
        [
            new(Subject, RaterGroup.Self, Scores(5, 4), "自分の強み", "自分の課題"),
            new(Subject, RaterGroup.Peer, Scores(4, 4), "話を最後まで聞いてくれる", null),
            new(Subject, RaterGroup.Peer, Scores(4, 3), null, "もっと任せてほしい"),
            new(Subject, RaterGroup.Peer, Scores(3, 2), null, null),
            new(Subject, RaterGroup.Subordinate, Scores(1, 1), "部下だけの意見", null),
            new(Subject, RaterGroup.Subordinate, Scores(1, 1), null, null),
        ];
        var report = ReportBuilder.Build(questionnaire, RatingRound, Subject, "section-chief", answers, new ThreeSixtyReportOptions(), null);
        await store.SaveAllAsync(RatingRound, [report], ReportSpan.Whole);
        var figures = items.Select((id, n) => new NormFigure(id, 3 + (n % 3 * 0.25), 6)).ToList();
        var categories = questionnaire.Categories.Select(c => new NormFigure(c.Id, 3.4, 6)).ToList();
        await store.SaveNormsAsync(RatingRound, [new BandNorm("section-chief", 6, figures, categories), new BandNorm("deputy", 2, [], [])]);
    }
}
