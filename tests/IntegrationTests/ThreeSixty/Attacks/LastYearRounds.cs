using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.Tests.ThreeSixty.Rounds;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Reports;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// Two whole 360 rounds on one local host, last year's then this year's (roster of <see cref="RoundHarness"/>), and
/// what the subjects K1 and S1 hold afterwards: both years' report pages and both years' stored reports.
/// <list type="bullet">
/// <item>K1 last year: three subordinates (S1, E11, E12; E12 cannot judge any item of the first category, so its items
/// and the category have two scores) and two peers (K2, K3: left out, and they gave 1 everywhere).</item>
/// <item>K1 this year: two subordinates (S1, E11: left out, and they gave 1 everywhere) and three peers (K2, K3, K4:
/// last year's two and one more).</item>
/// <item>S1 last year: three subordinates (E13–E15) and one peer (E11); this year two subordinates (E13, E14) only.</item>
/// </list>
/// Every other score is from 2 to 5 and differs by year, rater, subject and item; every comment is unique.
/// </summary>
public sealed class LastYearRounds : IAsyncLifetime
{
    public const string LastYear = "2025";
    public const string ThisYear = "2026";
    public static readonly string[] Subjects = ["K1", "S1"];

    /// <summary>Who rates whom, each year, in the order they submit.</summary>
    public static readonly IReadOnlyDictionary<string, (string Rater, string[] Subjects)[]> Ratings =
        new Dictionary<string, (string Rater, string[] Subjects)[]>(StringComparer.Ordinal)
        {
            [LastYear] =
            [
                ("K1", ["K1"]), ("E12", ["K1"]), ("K2", ["K1"]), ("S1", ["K1", "S1"]), ("E13", ["S1"]), ("E11", ["K1", "S1"]),
                ("K3", ["K1"]), ("E14", ["S1"]), ("E15", ["S1"]),
            ],
            [ThisYear] =
            [
                ("K3", ["K1"]), ("E14", ["S1"]), ("K1", ["K1"]), ("S1", ["K1", "S1"]), ("K4", ["K1"]), ("E11", ["K1"]),
                ("E13", ["S1"]), ("K2", ["K1"]),
            ],
        };

    public RoundHarness Round { get; private set; } = null!;

    /// <summary>The report pages as their subjects see them, by (round, subject).</summary>
    public Dictionary<(string Round, string Subject), string> Pages { get; } = [];

    /// <summary>Every stored report of both rounds.</summary>
    public List<ThreeSixtyReport> Reports { get; } = [];

    /// <summary>The questionnaire's categories in order: id, Japanese name (a row label of the page) and item ids.</summary>
    public static IReadOnlyList<(string Id, string Name, string[] Items)> QuestionnaireCategories { get; } = ReadCategories();

    public static string CommentOf(string year, string rater, string subject) =>
        $"{year}年 強み{Index(rater)}-{Index(subject)}番：説明が分かりやすい";

    /// <summary>The value a rater gives an item: a score from 1 to 5, or cannot judge.</summary>
    public static string ValueOf(string year, string rater, string subject, string item)
    {
        if (subject == "K1" && ((year == LastYear && rater is "K2" or "K3") || (year == ThisYear && rater is "S1" or "E11")))
        {
            return "1";
        }

        if (year == LastYear && subject == "K1" && rater == "E12" && QuestionnaireCategories[0].Items.Contains(item))
        {
            return RatingRules.CannotJudge;
        }

        var mix = (Index(rater) * 7) + (Index(subject) * 3) + item.Sum(c => c) + int.Parse(year, CultureInfo.InvariantCulture);
        return (2 + (mix % 4)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The scores given to a subject's item in a round by these raters (cannot judge is no score).</summary>
    public static List<int> ScoresOf(string year, string subject, string item, params string[] raters) =>
        [.. raters.Select(r => ValueOf(year, r, subject, item)).Where(v => v != RatingRules.CannotJudge)
            .Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    public async Task InitializeAsync()
    {
        Round = new RoundHarness(await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ThreeSixty__Round__NominationPeriod"] = "00:10:00",
            ["ThreeSixty__Round__RatingPeriod"] = "00:10:00",
            ["ThreeSixty__Round__ReleaseGrace"] = "00:00:02",
        }));
        await Round.ImportRosterAsync();
        await RunAsync(LastYear);
        await RunAsync(ThisYear);
        foreach (var round in new[] { LastYear, ThisYear })
        {
            foreach (var subject in Subjects)
            {
                var (status, html) = await Round.ReportAsync(round, subject);
                Assert.Equal(HttpStatusCode.OK, status);
                Pages[(round, subject)] = html;
            }
        }

        var store = new ReportStore(new Tables(Options.Create(
            new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Round.Host.TablePrefix })));
        foreach (var round in new[] { LastYear, ThisYear })
        {
            await foreach (var report in store.ListAsync(round))
            {
                Reports.Add(report);
            }
        }
    }

    private async Task RunAsync(string year)
    {
        using (var opened = await Round.HrPostAsync("/api/360/rounds", new { year = int.Parse(year, CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.Accepted, opened.StatusCode);
        }

        await Round.WaitForPhaseAsync(year, "nominating");
        await Round.WaitForMailAsync("K1", $"three-sixty:{year}:nomination:");
        using (var start = await Round.HrPostAsync($"/api/360/rounds/{year}/start-rating"))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        await Round.WaitForPhaseAsync(year, "rating");
        foreach (var (rater, subjects) in Ratings[year])
        {
            using var browser = await Round.OpenLinkAsync(await Round.WaitForMailAsync(rater, $"360:{year}:invite:"));
            foreach (var subject in subjects)
            {
                Assert.Equal(HttpStatusCode.SeeOther, await RoundHarness.PostRatingAsync(browser, subject,
                    item => ValueOf(year, rater, subject, item), CommentOf(year, rater, subject), "", "submit"));
            }
        }

        using (var close = await Round.HrPostAsync($"/api/360/rounds/{year}/close"))
        {
            Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        }

        await Round.WaitForPhaseAsync(year, "reported");
    }

    private static int Index(string staffId) => RoundHarness.Staff.ToList().IndexOf(staffId) + 10;

    private static List<(string Id, string Name, string[] Items)> ReadCategories()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", "three-sixty-questionnaire.json")));
        return [.. file.RootElement.GetProperty("ThreeSixty").GetProperty("Questionnaire").GetProperty("Categories").EnumerateArray()
            .Select(c => (c.GetProperty("Id").GetString()!, c.GetProperty("Ja").GetString()!,
                c.GetProperty("Items").EnumerateArray().Select(i => i.GetProperty("Id").GetString()!).ToArray()))];
    }

    public async Task DisposeAsync()
    {
        if (Round is not null)
        {
            await Round.Host.DisposeAsync();
        }
    }
}

/// <summary>The two rounds are run once for the tests that read them.</summary>
[CollectionDefinition(Name)]
public sealed class LastYearRoundsCollection : ICollectionFixture<LastYearRounds>
{
    public const string Name = "360 rounds of last year and this year";
}
