using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Storage;
using Transformation.Surveys;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Storage;
using Transformation.TeamUp.Entries;
using Transformation.TeamUp.Seasons;
using Transformation.Tests.SignIn;
using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;
using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Accessibility;

/// <summary>Someone of the sample roster, signed in with these roles (the local issuer's page ticks "employee" by itself).</summary>
public sealed record SamplePerson(string Email, params string[] Roles);

/// <summary>
/// One sample roster host with something on every page: a care sheet by 中村 彩 waiting for 伊藤 由美, a survey
/// invitation (this year's cycle) for 森 さくら, stored survey results (last year's, sealed) with the follow-through started, a Team-Up season
/// open for entries (this year) and one being judged (2035) by 木村 大輔, with 秘書課's and 産業人材課's entries; a 360
/// round in nomination and one rating, with 高橋 直樹's report (see <c>SamplePagesFixture.ThreeSixty.cs</c>); an overtime request by
/// 渡辺 翔太 waiting for 伊藤 由美, with its approval link (<c>SamplePagesFixture.Overtime.cs</c>).
/// </summary>
public sealed partial class SamplePagesFixture : IAsyncLifetime
{
    private static readonly int JapanYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).Year;

    /// <summary>Last year's cycle, sealed with its results stored, so the home page offers its results, sheets and plans.</summary>
    public static readonly string ResultsCycle = (JapanYear - 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>This year's cycle, which 森 さくら is invited to answer: running, so HR follows its response rates before any results.</summary>
    public static readonly string AnsweringCycle = JapanYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>This year's season, so the home page shows it and the role walks reach its pages.</summary>
    public static readonly string OpenSeason = JapanYear.ToString(CultureInfo.InvariantCulture);
    public const string JudgedSeason = "2035";
    public const string AwardedSeason = "2034";

    public static readonly SamplePerson Employee = new("yamaguchi-daiki@example.go.jp");
    public static readonly SamplePerson Owner = new("nakamura-aya@example.go.jp");
    public static readonly SamplePerson Approver = new("ito-yumi@example.go.jp");
    public static readonly SamplePerson Hr = new("ito-yumi@example.go.jp", "hr.admin");
    public static readonly SamplePerson Head = new("takahashi-naoki@example.go.jp", "division.head");
    public static readonly SamplePerson Judge = new("kimura-daisuke@example.go.jp", "judge");
    public static readonly SamplePerson HealthOffice = new("kato-megumi@example.go.jp", "health.office");
    public static readonly SamplePerson Stranger = new("stranger@example.com");

    private readonly ChromiumFixture _chromium = new();
    private readonly Dictionary<SamplePerson, string> _signedIn = [];
    private readonly SemaphoreSlim _signIn = new(1, 1);
    private LocalHostProcess? _host;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public string SheetId { get; private set; } = "";

    /// <summary>The approval link the approver was mailed for the sheet.</summary>
    public string ApprovalLink { get; private set; } = "";

    /// <summary>The survey link 森 さくら was mailed.</summary>
    public string SurveyLink { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await _chromium.InitializeAsync();
        _host = await SampleRosterHost.StartAsync(HostSettings);
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Host.TablePrefix }));
        using var hr = await Host.ClientForAsync("1010003", "hr.admin");
        using var roster = JsonDocument.Parse(await hr.GetStringAsync("/api/organisation/roster"));
        var snapshotId = roster.RootElement.GetProperty("snapshotId").GetString()!;

        // The survey's rows first: the host caches a cycle it read (even "none") for half a minute, and a sign-in lands on
        // the home page, which reads this year's and last year's cycles.
        SurveyLink = (await InviteAsync(tables)).Url.ToString();
        await StoreResultsAsync(tables, hr);
        await SubmitSheetAsync();
        await RequestOvertimeAsync(tables);
        await CreateSeasonsAsync(tables, snapshotId);
        await CreateThreeSixtyAsync(tables, snapshotId);
        await ImportActualsAsync(hr);
    }

    /// <summary>Last month in Japan, whose interview list holds 山口 大樹 after <see cref="ImportActualsAsync"/>.</summary>
    public static readonly string InterviewMonth = DateTime.UtcNow.AddHours(9).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Twenty days of five hours last month for 山口 大樹: a month of 100 hours, so the health office's list shows a flag.</summary>
    private static async Task ImportActualsAsync(HttpClient hr)
    {
        var csv = new System.Text.StringBuilder("職員番号,日付,超過勤務時間\n");
        for (var day = 1; day <= 20; day++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"2010005,{InterviewMonth}-{day:00},5\n");
        }

        using var content = new StringContent(csv.ToString(), System.Text.Encoding.UTF8, "text/csv");
        using var imported = await hr.PostAsync("/api/overtime/actuals/import", content);
        imported.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A new browser profile, reading Japanese in Japan, at the given size if any: with the cookies of the person's
    /// first sign-in (signing in once per person keeps the many page tests quick), or none.
    /// </summary>
    public async Task<IPage> NewPageAsync(SamplePerson? person, ViewportSize? viewport = null)
    {
        var state = person is null ? null : await SignedInStateAsync(person);
        return await NewContextPageAsync(state, viewport);
    }

    private async Task<IPage> NewContextPageAsync(string? storageState, ViewportSize? viewport)
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseUrl.ToString(),
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
            ViewportSize = viewport,
            StorageState = storageState,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private async Task<string> SignedInStateAsync(SamplePerson person)
    {
        await _signIn.WaitAsync();
        try
        {
            if (!_signedIn.TryGetValue(person, out var state))
            {
                var page = await NewContextPageAsync(null, null);
                await page.GotoAsync("/sign-in?returnUrl=%2F");
                await SignInAsync(page, person);
                state = await page.Context.StorageStateAsync();
                await page.Context.CloseAsync();
                _signedIn[person] = state;
            }

            return state;
        }
        finally
        {
            _signIn.Release();
        }
    }

    /// <summary>Fills the local issuer's page (where the browser is) as the person, and waits to be back in the app.</summary>
    public static async Task SignInAsync(IPage page, SamplePerson person)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(person);
        Assert.Contains("/dev/sign-in", page.Url, StringComparison.Ordinal);
        await page.Locator("#staffId").FillAsync(person.Email);
        foreach (var role in person.Roles)
        {
            await page.Locator($"input[name=roles][value='{role}']").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン / Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url =>
            !url.Contains("/dev/sign-in", StringComparison.Ordinal) && !url.Contains("signin-oidc", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _chromium.DisposeAsync();
        _signIn.Dispose();
    }

    private async Task SubmitSheetAsync()
    {
        using var owner = await Host.ClientForAsync("1010005", "employee");
        using var response = await owner.PostAsJsonAsync("/api/care-sheets", CareSheetRequests.Childcare(CareSheetRequests.TodayInJapan()));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Submitting failed: {(int)response.StatusCode} {text}");
        SheetId = JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
        var mail = await new CareSheetHarness(Host).WaitForMailAsync(
            Approver.Email, m => m.Subject.Contains("承認依頼", StringComparison.Ordinal), "approval request");
        ApprovalLink = CareSheetHarness.PathOf(mail.Links.First(l => l.Contains("/links/", StringComparison.Ordinal)));
    }

    private async Task<SurveyLink> InviteAsync(Tables tables)
    {
        var questionnaireOptions = new QuestionnaireOptions();
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json")).Build()
            .GetSection(QuestionnaireOptions.Section).Bind(questionnaireOptions);
        var surveyOptions = Options.Create(new SurveyOptions());
        var cycles = new SurveyCycles(tables, TimeProvider.System, surveyOptions, NullLogger<SurveyCycles>.Instance);
        var invitations = new SurveyInvitations(tables, cycles, new QuestionnaireSource(Options.Create(questionnaireOptions)),
            Options.Create(new AppOptions { PublicBaseUrl = Host.BaseUrl }), surveyOptions, NullLogger<SurveyInvitations>.Instance);
        var person = new StaffMember(
            "2010006", "森 さくら", "mori-sakura@example.go.jp", "200", "経済産業政策局", "2010", "政策企画課", "係員", "2010004", Language.Ja);
        var result = await invitations.InviteAsync(AnsweringCycle, [person], DateTimeOffset.UtcNow.AddDays(14));
        return Assert.Single(result.Links);
    }

    // Results as aggregation would store them, then the follow-through HR starts: feedback sheets and improvement plans.
    private static async Task StoreResultsAsync(Tables tables, HttpClient hr)
    {
        var q = FollowThroughHarness.Questionnaire;
        var divisions = new[] { ("100", "1010"), ("100", "1020"), ("200", "2010"), ("200", "2020") };
        var population = new PopulationBuilder();
        foreach (var (bureau, division) in divisions)
        {
            population.Division(bureau, division, 12);
        }

        var responses = divisions.SelectMany(d =>
            new ResponseBuilder(q, d.Item2, d.Item1).All(4).Comment(q.Categories[0].Id, "会議を短くしてほしい").Times(11));
        var results = Aggregate.Run(q, population.Build(), responses.Select(r => r with { CycleId = ResultsCycle }), null, cycle: ResultsCycle);
        await new SurveyResultsStore(tables).SaveAsync(results);
        var cycles = new SurveyCycles(tables, TimeProvider.System, Options.Create(new SurveyOptions()), NullLogger<SurveyCycles>.Instance);
        await cycles.OpenAsync(ResultsCycle, DateTimeOffset.UtcNow.AddDays(-30), q.Version);
        await cycles.CloseAsync(ResultsCycle);
        await cycles.MarkSealedAsync(ResultsCycle);

        using (var started = await hr.PostAsync($"/api/surveys/{ResultsCycle}/follow-through", null))
        {
            Assert.True(started.IsSuccessStatusCode, $"The follow-through did not start: {(int)started.StatusCode}");
        }

        for (var i = 0; i < 60; i++)
        {
            using var plans = await hr.GetAsync($"/api/surveys/{ResultsCycle}/plans");
            if (plans.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(1000);
        }

        Assert.Fail("The follow-through never set the plan schedule.");
    }

    private static async Task CreateSeasonsAsync(Tables tables, string snapshotId)
    {
        var now = DateTimeOffset.UtcNow;
        var seasons = new SeasonStore(tables);
        await seasons.CreateAsync(new Season(OpenSeason, snapshotId, SeasonPhase.Entries, now, now.AddDays(7), null, [], null, "1010003"));
        await seasons.CreateAsync(new Season(JudgedSeason, snapshotId, SeasonPhase.Judging, now.AddDays(-20), now.AddHours(-1), now.AddDays(3),
            ["2010001"], "1010003", "1010003"));
        await seasons.CreateAsync(new Season(AwardedSeason, snapshotId, SeasonPhase.Awarded, now.AddDays(-60), now.AddDays(-40),
            now.AddDays(-30), ["2010001"], "1010003", "1010003"));
        var entries = new EntryStore(tables);
        foreach (var seasonId in new[] { JudgedSeason, AwardedSeason })
        {
            await SubmitEntriesAsync(entries, seasonId, now);
        }

        var decision = new AwardDecision(["2020", "1010"], true, "業務の棚卸しが全庁の手本になった", "1010003", now);
        Assert.True(await seasons.SaveAwardAsync(AwardedSeason, decision));
    }

    private static async Task SubmitEntriesAsync(EntryStore entries, string seasonId, DateTimeOffset now)
    {
        foreach (var (division, divisionName, bureau, bureauName, head) in new[]
        {
            ("1010", "秘書課", "100", "大臣官房", "1010001"),
            ("2020", "産業人材課", "200", "経済産業政策局", "2020001"),
        })
        {
            var content = new EntryContent("前例踏襲をやめ、課員が挑戦できる職場にする", "重点：業務の棚卸し", "週1回の1on1とチームでの知識共有",
                [new StopWorkItem("紙の回覧", "電子決裁で足りるため", 12)], [new TeamInitiative("朝会", "毎朝10分", "残業が月5時間減った")]);
            var entry = new Entry(seasonId, division, divisionName, bureau, bureauName, content, EntryStatus.Draft, now, head, null, "");
            Assert.Equal(EntryWriteOutcome.Saved, (await entries.SaveAsync(entry, "*")).Outcome);
            Assert.Equal(EntryWriteOutcome.Saved, (await entries.SubmitAsync(seasonId, division, head, now, null)).Outcome);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SamplePagesCollection : ICollectionFixture<SamplePagesFixture>
{
    public const string Name = "Sample pages";
}
