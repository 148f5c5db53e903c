using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Organisation;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.ThreeSixty;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;
using Transformation.ThreeSixty.Rounds;
using Transformation.Tests.Support;

namespace Transformation.Tests.ThreeSixty;

/// <summary>
/// Reports built from released answers on Azurite, then opened as the subject, their supervisor and HR would:
/// the app's registrations and settings files, the roster snapshot the round runs on, the functions called directly.
/// </summary>
public sealed partial class ReportPublicationTests : IDisposable
{
    private const string Snapshot = "snap-360";
    private static readonly Uri BaseUrl = new("https://transformation.example/");
    private readonly ServiceProvider _services;
    private readonly GivenAnswers _answers = new();

    public ReportPublicationTests()
    {
        var workflows = Path.Combine(AppContext.BaseDirectory, "workflows");
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(workflows, "three-sixty-questionnaire.json"))
            .AddJsonFile(Path.Combine(workflows, "three-sixty-reports.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Provider"] = "Outbox" })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Azurite.NewTables());
        services.Configure<AppOptions>(o => o.PublicBaseUrl = BaseUrl);
        services.AddSingleton<JapanTime>();
        services.AddPages(configuration);
        services.AddOptions<SignInOptions>();
        services.AddOrganisation(configuration);
        services.AddMail(configuration);
        services.AddThreeSixty(configuration);
        // The released answers are given here as the rating part would hand them over.
        services.AddSingleton<IReleasedAnswers>(_answers);
        services.AddSingleton<ReportPageFunctions>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Subject S-0010 (課長) has supervisor S-0001, four subordinates and three peers; S-0011…S-0014 are subordinates.</summary>
    private static readonly StaffMember[] Staff =
    [
        Person("S-0001", "局長", null),
        Person("S-0010", "課長", "S-0001"),
        Person("S-0011", "課長補佐", "S-0010"),
        Person("S-0012", "係長", "S-0010"),
        Person("S-0013", "係長", "S-0010"),
        Person("S-0014", "係員", "S-0010"),
        Person("S-0020", "課長", "S-0001", Language.En),
        Person("S-0090", "人事課長", "S-0001"),
    ];

    private static readonly Round Round = new("2026", Snapshot, RoundPhase.Reporting, DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch, "2026");

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task The_stored_report_is_the_one_the_pure_builder_makes_from_the_same_answers()
    {
        await GivenARoundAsync();

        var built = await Publisher.BuildAsync(Round, ["S-0010", "S-0020"], CancellationToken.None);

        Assert.Equal(2, built.Reports);
        var stored = await Store.GetAsync("2026", "S-0010");
        var options = _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ThreeSixtyReportOptions>>().Value;
        var expected = ReportBuilder.Build(Questionnaire, "2026", "S-0010", "section-chief", _answers.Of("S-0010"), options, null);
        Assert.NotNull(stored);
        Assert.Equal(Json(expected), Json(stored));
        Assert.Equal([RaterGroup.Subordinate, RaterGroup.Peer], stored.Groups.Select(g => g.Group));
    }

    [Fact]
    public async Task The_subject_opens_their_report_in_japanese()
    {
        await GivenARoundAsync();
        await Publisher.BuildAsync(Round, ["S-0010"], CancellationToken.None);

        var page = await Pages.Report(Request("S-0010", Roles.Employee), "2026", CancellationToken.None);

        Assert.Equal(200, Status(page));
        var html = Content(page);
        Assert.Contains("360度調査 結果レポート（2026年度）", html, StringComparison.Ordinal);
        Assert.Contains("気づきの機会", html, StringComparison.Ordinal);
        Assert.Contains("チームの方針が明確", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_subjects_supervisor_gets_not_found_for_the_report()
    {
        await GivenARoundAsync();
        await Publisher.BuildAsync(Round, ["S-0010"], CancellationToken.None);

        var page = await Pages.Report(Request("S-0001", Roles.Employee, Roles.DivisionHead), "2026", CancellationToken.None);

        Assert.Equal(404, Status(page));
        Assert.DoesNotContain("チームの方針が明確", Content(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hr_gets_not_found_for_the_report_and_its_workbook()
    {
        await GivenARoundAsync();
        await Publisher.BuildAsync(Round, ["S-0010"], CancellationToken.None);
        var hr = Request("S-0090", Roles.HrAdmin, Roles.Employee);

        Assert.Equal(404, Status(await Pages.Report(hr, "2026", CancellationToken.None)));
        Assert.Equal(404, Status(await Pages.Workbook(Request("S-0090", Roles.HrAdmin), "2026", CancellationToken.None)));
    }

    [Fact]
    public async Task The_subject_downloads_their_report_as_excel()
    {
        await GivenARoundAsync();
        await Publisher.BuildAsync(Round, ["S-0010"], CancellationToken.None);

        var file = Assert.IsType<FileContentResult>(await Pages.Workbook(Request("S-0010", Roles.Employee), "2026", CancellationToken.None));

        Assert.Equal("360-report-2026.xlsx", file.FileDownloadName);
        Assert.Equal(ReportWorkbook.ContentType, file.ContentType);
        Assert.True(file.FileContents.Length > 1000);
    }

    [Fact]
    public async Task Each_subject_with_a_report_gets_one_mail_in_their_language_and_a_repeat_sends_none()
    {
        await GivenARoundAsync();
        await Publisher.BuildAsync(Round, ["S-0010", "S-0020"], CancellationToken.None);
        var mails = _services.GetRequiredService<ReportMails>();

        Assert.Equal(2, await mails.SendAsync(Round, ["S-0010", "S-0020"], CancellationToken.None));
        await mails.SendAsync(Round, ["S-0020", "S-0010"], CancellationToken.None);

        var outbox = await _services.GetRequiredService<MailOutbox>().ListAsync(null, 100, CancellationToken.None);
        Assert.Equal(2, outbox.Count);
        var japanese = outbox.Single(m => m.To == "s-0010@example.go.jp");
        Assert.Contains("結果レポートができました", japanese.Subject, StringComparison.Ordinal);
        Assert.Contains("https://transformation.example/360/2026/report", japanese.Text, StringComparison.Ordinal);
        Assert.Contains("Your report is ready", outbox.Single(m => m.To == "s-0020@example.go.jp").Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(outbox, m => m.Text.Contains("4.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hr_sees_a_band_of_five_subjects_and_not_a_band_below_five()
    {
        await GivenARoundAsync(extraHeads: 4);
        string[] subjects = ["S-0010", "S-0011", "S-0020", "S-0031", "S-0032", "S-0033", "S-0034"];
        var first = await Publisher.BuildAsync(Round, subjects[..4], ReportSpan.OfChunk(subjects, 0, 4), CancellationToken.None);
        var second = await Publisher.BuildAsync(Round, subjects[4..], ReportSpan.OfChunk(subjects, 1, 4), CancellationToken.None);
        await Publisher.BuildNormsAsync(Round, [first.Norms, second.Norms], CancellationToken.None);

        var page = await Pages.Bands(Request("S-0090", Roles.HrAdmin), "2026", CancellationToken.None);

        var html = Content(page);
        Assert.Contains("id=\"band-section-chief\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"band-deputy\"", html, StringComparison.Ordinal);
        Assert.Contains("課長補佐級：対象者が5人未満のため表示しません（対象者 1人）", html, StringComparison.Ordinal);
    }

    private ReportPublisher Publisher => _services.GetRequiredService<ReportPublisher>();

    private ReportStore Store => _services.GetRequiredService<ReportStore>();

    private ReportPageFunctions Pages => _services.GetRequiredService<ReportPageFunctions>();

    private RatingQuestionnaire Questionnaire => _services.GetRequiredService<RatingQuestionnaireSource>().Current;

    /// <summary>
    /// The roster snapshot, and released answers: for every subject, self, four subordinates (one skips V01), three peers
    /// and the supervisor; extra division heads with the same answers make a band of five or more.
    /// </summary>
    private async Task GivenARoundAsync(int extraHeads = 0)
    {
        var extra = Enumerable.Range(1, extraHeads).Select(i => Person($"S-003{i}", "課長", "S-0001")).ToList();
        var staff = Staff.Concat(extra).ToList();
        await _services.GetRequiredService<RosterStore>().WriteAsync(
            new RosterSnapshotInfo(Snapshot, DateTimeOffset.UnixEpoch, "hr", staff.Count, 1, "utf-8"), staff);
        var items = Questionnaire.Items.Select(i => i.Id).ToList();
        foreach (var subject in new[] { "S-0010", "S-0020", "S-0011" }.Concat(extra.Select(p => p.StaffId)))
        {
            _answers.Add(new RatingAnswer(subject, RaterGroup.Self, Scores(items, 5), "自分の強み", null));
            _answers.Add(new RatingAnswer(subject, RaterGroup.Supervisor, Scores(items, 1), "上司だけのコメント", null));
            for (var s = 0; s < 4; s++)
            {
                var scores = Scores(items, 3 + (s % 2));
                if (s == 0)
                {
                    scores.Remove(items[0]);
                }

                _answers.Add(new RatingAnswer(subject, RaterGroup.Subordinate, scores, s == 1 ? "チームの方針が明確" : null, null));
            }

            for (var p = 0; p < 3; p++)
            {
                _answers.Add(new RatingAnswer(subject, RaterGroup.Peer, Scores(items, 2 + p), null, p == 0 ? "もっと任せてほしい" : null));
            }
        }
    }

    private static Dictionary<string, int> Scores(IEnumerable<string> items, int score) =>
        items.ToDictionary(i => i, _ => score, StringComparer.Ordinal);

    private static StaffMember Person(string id, string grade, string? supervisor, Language language = Language.Ja) =>
        new(id, "氏名" + id, id.ToLowerInvariant() + "@example.go.jp", "100", "総務局", "1010", "総務課", grade, supervisor, language);

    private HttpRequest Request(string staffId, params string[] roles)
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Method = "GET";
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("transformation.example");
        http.Request.Path = "/360/2026/report";
        Caller.Attach(http, new Caller(staffId, roles.ToHashSet(StringComparer.Ordinal)));
        return http.Request;
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static string Content(IActionResult result) => Assert.IsType<ContentResult>(result).Content ?? "";

    private static int? Status(IActionResult result) => result switch
    {
        ContentResult c => c.StatusCode,
        ObjectResult o => o.StatusCode ?? 200,
        FileContentResult => 200,
        _ => throw new InvalidOperationException(result.GetType().Name),
    };

    /// <summary>Released answers handed to the reports as they are.</summary>
    private sealed class GivenAnswers : IReleasedAnswers
    {
        private readonly List<RatingAnswer> _all = [];

        public void Add(RatingAnswer answer) => _all.Add(answer);

        public IReadOnlyList<RatingAnswer> Of(string subjectId) => [.. _all.Where(a => a.SubjectId == subjectId)];

        public Task<IReadOnlyDictionary<string, IReadOnlyList<RatingAnswer>>> ForSubjectsAsync(
            string roundId, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<RatingAnswer>>>(
                subjectIds.Distinct(StringComparer.Ordinal).ToDictionary(s => s, Of, StringComparer.Ordinal));
    }
}
