using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.Tests.Surveys.Answers;
using Transformation.ThreeSixty;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Rating.Completion;
using Transformation.ThreeSixty.Rating.Pages;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Tests.ThreeSixty.Rating;

/// <summary>
/// The real 360 services, registered as the app registers them (shipped workflow files), on fresh Azurite tables,
/// a roster snapshot held in memory, and a clock the test can move. A round is created with <see cref="RoundStore"/>
/// and rating opened; the plan is written by hand (the orchestrator is not part of this).
/// </summary>
public sealed partial class RatingHarness : IDisposable
{
    public const string RoundId = "2026";
    public const string SnapshotId = "snap-1";
    public const int Partitions = 3;
    private readonly ServiceProvider _services;

    public RatingHarness(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "three-sixty-questionnaire.json"))
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "three-sixty-rating.json"))
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "three-sixty-round.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ThreeSixty:Round:ReleaseGrace"] = "00:00:00", ["Mail:Provider"] = "Outbox",
                ["ThreeSixty:Rating:SealKey"] = TestSecrets.RatingSealKey,
            })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Azurite.NewTables());
        services.Configure<AppOptions>(o => o.PublicBaseUrl = SurveyHarness.BaseUrl);
        services.AddSingleton<JapanTime>();
        services.AddPages(configuration);
        services.AddOptions<SignInOptions>();
        services.AddOrganisation(configuration);
        services.AddMail(configuration);
        services.AddThreeSixty(configuration);
        services.AddSingleton<RatingPageFunctions>();
        services.AddSingleton<RatingCompletionFunctions>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var info = new Transformation.Organisation.Snapshots.RosterSnapshotInfo(SnapshotId, DateTimeOffset.UtcNow, "test", Staff.Count, 1, "utf-8");
        _services.GetRequiredService<RosterDirectory>().Remember(info, Staff);
    }

    /// <summary>
    /// A division: its head H1; section chiefs C1 and C2 under H1; E1–E4 under C1 (E4 reads English).
    /// </summary>
    public static IReadOnlyList<StaffMember> Staff { get; } =
    [
        Person("H1", "山田 部長", "課長", null),
        Person("C1", "佐藤 補佐", "課長補佐", "H1"),
        Person("C2", "鈴木 補佐", "課長補佐", "H1"),
        Person("E1", "高橋 係員", "係員", "C1"),
        Person("E2", "田中 係員", "係員", "C1"),
        Person("E3", "伊藤 係員", "係員", "C1"),
        Person("E4", "Emma Wood", "係員", "C1", Language.En),
    ];

    /// <summary>
    /// C1 rates their head (as a subordinate), a peer and themselves; E1–E4 rate C1 as subordinates; H1 rates C1 as
    /// supervisor and themselves; C2 rates C1 as a peer.
    /// </summary>
    public static IReadOnlyList<RaterAssignments> Plan { get; } =
    [
        new("C1", [new("H1", RaterGroup.Subordinate), new("C2", RaterGroup.Peer), new("C1", RaterGroup.Self)]),
        new("E1", [new("C1", RaterGroup.Subordinate)]),
        new("E2", [new("C1", RaterGroup.Subordinate)]),
        new("E3", [new("C1", RaterGroup.Subordinate)]),
        new("E4", [new("C1", RaterGroup.Subordinate)]),
        new("H1", [new("C1", RaterGroup.Supervisor), new("H1", RaterGroup.Self)]),
        new("C2", [new("C1", RaterGroup.Peer)]),
    ];

    public ShiftedClock Clock { get; } = new();

    public IServiceProvider Services => _services;

    public Tables Tables => _services.GetRequiredService<Tables>();

    public RoundStore Rounds => _services.GetRequiredService<RoundStore>();

    public RaterInvitations Invitations => _services.GetRequiredService<RaterInvitations>();

    public RatingAnswering Answering => _services.GetRequiredService<RatingAnswering>();

    public RatingRelease Release => _services.GetRequiredService<RatingRelease>();

    public RatingAnswers Answers => _services.GetRequiredService<RatingAnswers>();

    public RatingPageFunctions Pages => _services.GetRequiredService<RatingPageFunctions>();

    public RatingCompletionFunctions Completion => _services.GetRequiredService<RatingCompletionFunctions>();

    public static string EmailOf(string staffId) => staffId.ToLowerInvariant() + "@example.go.jp";

    /// <summary>The round, rating open until a week from now, and the plan's rows written.</summary>
    public async Task<Round> OpenRoundAsync()
    {
        var now = Clock.GetUtcNow();
        await Rounds.CreateAsync(new Round(RoundId, SnapshotId, RoundPhase.Nominating, now, now.AddDays(-1), "test"));
        var round = await Rounds.OpenRatingAsync(RoundId, now.AddDays(7), Partitions);
        await Invitations.WriteAsync(round, Plan);
        return round;
    }

    /// <summary>Every partition's mail for <paramref name="run"/>; how many were mailed.</summary>
    public async Task<int> InviteAllAsync(Round round, string run)
    {
        var mailed = 0;
        for (var p = 0; p < round.Partitions; p++)
        {
            mailed += await Invitations.InviteAsync(round, p, run);
        }

        return mailed;
    }

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(string staffId) =>
        await _services.GetRequiredService<MailOutbox>().ListAsync(EmailOf(staffId), MailOutbox.MaxListed, CancellationToken.None);

    /// <summary>The token in the newest mail to <paramref name="staffId"/>.</summary>
    public async Task<string> LatestTokenAsync(string staffId)
    {
        var mail = (await OutboxAsync(staffId)).OrderByDescending(m => m.SentAt).First();
        return TokenIn(mail.Text);
    }

    public static string TokenIn(string text) => LinkPattern().Match(text).Groups[1].Value;

    public async Task<List<TableEntity>> RawAsync(string table)
    {
        var client = await Tables.GetAsync(table);
        var rows = new List<TableEntity>();
        await foreach (var row in client.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    public static string Content(IActionResult result) => SurveyHttp.Content(result);

    public void Dispose() => _services.Dispose();

    private static StaffMember Person(string id, string name, string grade, string? supervisor, Language language = Language.Ja) =>
        new(id, name, EmailOf(id), "100", "大臣官房", "1010", "秘書課", grade, supervisor, language);

    [GeneratedRegex(@"/360/r/([A-Za-z0-9._-]+)")]
    private static partial Regex LinkPattern();
}
