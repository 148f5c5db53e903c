using System.Globalization;
using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Transformation.Platform.Mail;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.Tests.ThreeSixty.Rounds;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Attacks;

/// <summary>
/// One whole 360 round on the local host (see <see cref="RoundHarness"/> for the roster), run as people would, then
/// everything an adversary could hold: every table (the app's and the task hub's), the host's log at Debug, the
/// sealed ratings as they waited before the close, and the reports. K1 is rated by self, their supervisor B0, three
/// subordinates and three peers; K2 by self, B0 and two subordinates (too few); S1 by self, K1, three subordinates
/// (one cannot judge the first item) and one peer. E31 saves a draft for K3 and never submits; E41 submits for K4
/// just after the close. Scores differ item by item and rater by rater; every comment is unique.
/// </summary>
public sealed class AttackedRound : IAsyncLifetime
{
    public const string RoundId = "2026";
    public const string DraftOnly = "E31";
    public const string Late = "E41";

    /// <summary>Who rates whom, in the order they submit.</summary>
    public static readonly (string Rater, string[] Subjects)[] Ratings =
    [
        ("E12", ["K1"]), ("K1", ["K1", "S1"]), ("B0", ["K1", "K2"]), ("E13", ["S1"]), ("S1", ["K1", "S1"]),
        ("K3", ["K1"]), ("E21", ["K2"]), ("E11", ["K1", "S1"]), ("K2", ["K1", "K2"]), ("E14", ["S1"]),
        ("K4", ["K1"]), ("E22", ["K2"]), ("E15", ["S1"]),
    ];

    public RoundHarness Round { get; private set; } = null!;

    public Dictionary<string, OutboxMessage> Invitations { get; } = new(StringComparer.Ordinal);

    /// <summary>Each submission as it happened: rater, subject, its strengths comment, and when the page accepted it.</summary>
    public List<(string Rater, string Subject, string Strengths, DateTimeOffset At)> Submitted { get; } = [];

    public List<HttpStatusCode> Submissions { get; } = [];

    public DateTimeOffset ClosedAt { get; private set; }

    public HttpStatusCode LateAnswer { get; private set; }

    /// <summary>The waiting ratings as an administrator would have seen them just before the close.</summary>
    public IReadOnlyList<TableEntity> WaitingBeforeClose { get; private set; } = [];

    /// <summary>Every table just before the close (to look for what could compute a waiting rating's key).</summary>
    public Dictionary<string, List<TableEntity>> TablesBeforeClose { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Every table after the reports.</summary>
    public Dictionary<string, List<TableEntity>> Tables { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>What a rater's cookie got for a subject they do not rate: E31 opening and posting K1, opening E21 (no subject).</summary>
    public (HttpStatusCode Open, HttpStatusCode Post, HttpStatusCode NoSubject) OtherSubject { get; private set; }

    public string Log { get; private set; } = "";

    public static string StrengthsOf(string rater, string subject) =>
        $"強み{Index(rater, subject)}番：方針を丁寧に説明してくれる";

    public static string SuggestionsOf(string rater, string subject) =>
        $"提案{Index(rater, subject)}番：会議の前に資料を共有してほしい";

    public static string DraftComment => "下書きのまま残した強みのコメント";

    public static string LateComment => "締切の後に送った強みのコメント";

    /// <summary>A score that differs by item, rater and subject (1–5), or cannot judge for E15's first item.</summary>
    public static string ValueOf(string rater, string subject, string item) =>
        rater == "E15" && item == "V01"
            ? RatingRules.CannotJudge
            : (1 + ((Index(rater, subject) * 7) + item.Sum(c => c)) % 5).ToString(CultureInfo.InvariantCulture);

    private static int Index(string rater, string subject) =>
        (RoundHarness.Staff.ToList().IndexOf(rater) * 20) + RoundHarness.Staff.ToList().IndexOf(subject) + 100;

    /// <summary>The app's rows of that table (without the run's prefix).</summary>
    public IReadOnlyList<TableEntity> Table(string name) => Tables.GetValueOrDefault(Round.Host.TablePrefix + name) ?? [];

    /// <summary>The task hub's rows (orchestration history and instances).</summary>
    public IEnumerable<TableEntity> HubRows =>
        Tables.Where(t => t.Key.StartsWith(Round.Host.HubName, StringComparison.OrdinalIgnoreCase)).SelectMany(t => t.Value);

    public async Task InitializeAsync()
    {
        Round = new RoundHarness(await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ThreeSixty__Round__NominationPeriod"] = "00:10:00",
            ["ThreeSixty__Round__RatingPeriod"] = "00:10:00",
            ["ThreeSixty__Round__ReleaseGrace"] = "00:00:02",
            ["Logging__LogLevel__Default"] = "Debug",
            ["Logging__LogLevel__Transformation"] = "Debug",
        }));
        await Round.ImportRosterAsync();
        using (var opened = await Round.HrPostAsync("/api/360/rounds", new { year = 2026 }))
        {
            Assert.Equal(HttpStatusCode.Accepted, opened.StatusCode);
        }

        await Round.WaitForPhaseAsync(RoundId, "nominating");
        await Round.WaitForMailAsync("K1", $"three-sixty:{RoundId}:nomination:");
        Assert.Equal(HttpStatusCode.SeeOther, await Round.NominateAsync(RoundId, "K1", "K2", "K3", "K4"));
        using (var start = await Round.HrPostAsync($"/api/360/rounds/{RoundId}/start-rating"))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        await Round.WaitForPhaseAsync(RoundId, "rating");
        foreach (var rater in RoundHarness.Staff)
        {
            Invitations[rater] = await Round.WaitForMailAsync(rater, $"360:{RoundId}:invite:");
        }

        await RateAsync();
        using (var draft = await Round.OpenLinkAsync(Invitations[DraftOnly]))
        {
            await TryOtherSubjectsAsync(draft);
            Assert.Equal(HttpStatusCode.SeeOther,
                await RoundHarness.PostRatingAsync(draft, "K3", _ => "2", DraftComment, "", "save"));
        }

        using var late = await Round.OpenLinkAsync(Invitations[Late]);
        var latePage = await late.GetStringAsync("/360/rate/K4");
        TablesBeforeClose = await ReadTablesAsync();
        WaitingBeforeClose = TablesBeforeClose.GetValueOrDefault(Round.Host.TablePrefix + RatingAnswering.HoldingTable) ?? [];
        using (var close = await Round.HrPostAsync($"/api/360/rounds/{RoundId}/close"))
        {
            Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        }

        ClosedAt = DateTimeOffset.UtcNow.AddSeconds(-1);

        // HR's close is accepted (202) and carried out by the round's workflow: the late answer comes once it is stored.
        await Round.WaitForPhaseAsync(RoundId, phase => phase != "rating");
        LateAnswer = await PostLateAsync(late, latePage);
        await Round.WaitForPhaseAsync(RoundId, "reported");
        Tables = await ReadTablesAsync();
        Log = Round.Host.Output;
    }

    private async Task RateAsync()
    {
        foreach (var (rater, subjects) in Ratings)
        {
            using var browser = await Round.OpenLinkAsync(Invitations[rater]);
            foreach (var subject in subjects)
            {
                var status = await RoundHarness.PostRatingAsync(browser, subject, item => ValueOf(rater, subject, item),
                    StrengthsOf(rater, subject), SuggestionsOf(rater, subject), "submit");
                Submissions.Add(status);
                Submitted.Add((rater, subject, StrengthsOf(rater, subject), DateTimeOffset.UtcNow));
            }
        }
    }

    private async Task TryOtherSubjectsAsync(HttpClient e31)
    {
        // E31 rates K3 only: their cookie asks for K1 (rated by others) and for E21 (no subject at all).
        using var open = await e31.GetAsync("/360/rate/K1");
        var list = await e31.GetStringAsync("/360/rate/K3"); // their own subject's form, for a genuine anti-forgery pair
        var csrf = System.Text.RegularExpressions.Regex.Match(list, "name=\"__csrf\" value=\"([^\"]+)\"").Groups[1].Value;
        var link = System.Text.RegularExpressions.Regex.Match(list, "name=\"link\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = await e31.PostAsync("/360/rate/K1", new FormUrlEncodedContent(
        [
            new("__csrf", WebUtility.HtmlDecode(csrf)), new("link", WebUtility.HtmlDecode(link)),
            new("strengths", "他人の対象者への書き込み"), new("suggestions", ""), new("action", "save"),
        ]));
        using var none = await e31.GetAsync("/360/rate/E21");
        OtherSubject = (open.StatusCode, post.StatusCode, none.StatusCode);
    }

    private static async Task<HttpStatusCode> PostLateAsync(HttpClient browser, string page)
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        var csrf = System.Text.RegularExpressions.Regex.Match(page, "name=\"__csrf\" value=\"([^\"]+)\"").Groups[1].Value;
        var link = System.Text.RegularExpressions.Regex.Match(page, "name=\"link\" value=\"([^\"]+)\"").Groups[1].Value;
        var items = System.Text.RegularExpressions.Regex.Matches(page, "type=\"radio\"[^>]*name=\"([A-Z][0-9]{2})\"")
            .Select(m => m.Groups[1].Value).Distinct();
        var form = items.Select(i => new KeyValuePair<string, string>(i, "4"))
            .Append(new("__csrf", WebUtility.HtmlDecode(csrf))).Append(new("link", WebUtility.HtmlDecode(link)))
            .Append(new("strengths", LateComment)).Append(new("suggestions", "")).Append(new("action", "submit"));
        using var posted = await browser.PostAsync("/360/rate/K4", new FormUrlEncodedContent(form));
        return posted.StatusCode;
    }

    private async Task<Dictionary<string, List<TableEntity>>> ReadTablesAsync()
    {
        var tables = new Tables(Options.Create(
            new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Round.Host.TablePrefix }));
        var read = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var table in tables.Service.QueryAsync())
        {
            if (!table.Name.StartsWith(Round.Host.TablePrefix, StringComparison.Ordinal)
                && !table.Name.StartsWith(Round.Host.HubName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rows = new List<TableEntity>();
            await foreach (var row in tables.Service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows.Add(row);
            }

            read[table.Name] = rows;
        }

        return read;
    }

    public async Task DisposeAsync()
    {
        if (Round is not null)
        {
            await Round.Host.DisposeAsync();
        }
    }
}
