using System.Net;
using Transformation.Platform.Mail;
using Transformation.Tests.Support;

namespace Transformation.Tests.ThreeSixty.Rounds;

/// <summary>
/// One whole 360 round on the local host (real Azurite, real durable engine) with periods of seconds, run once for the
/// tests that read it: opened by HR (twice), K1 nominates K2–K4 on the nomination page, HR starts rating early,
/// everyone is invited, some rate through the pages (K2's subordinates are only two), the reminder goes out, HR
/// closes, the reports are built and mailed.
/// </summary>
public sealed class RoundScenario : IAsyncLifetime
{
    public const string RoundId = "2026";

    /// <summary>Who rates whom in the scenario, and with which score for every item.</summary>
    public static readonly (string Rater, int Score, string[] Subjects)[] Ratings =
    [
        ("K1", 5, ["K1"]),
        ("S1", 3, ["K1"]), ("E11", 3, ["K1"]), ("E12", 3, ["K1"]),
        ("K2", 4, ["K1", "K2"]), ("K3", 4, ["K1"]), ("K4", 4, ["K1"]),
        ("E21", 2, ["K2"]), ("E22", 2, ["K2"]),
    ];

    public RoundHarness Round { get; private set; } = null!;

    public IReadOnlyList<HttpStatusCode> Opening { get; private set; } = [];

    public HttpStatusCode Nomination { get; private set; }

    public HttpStatusCode StartRatingAgain { get; private set; }

    public Dictionary<string, OutboxMessage> Invitations { get; } = [];

    public List<HttpStatusCode> Submissions { get; } = [];

    public async Task InitializeAsync()
    {
        Round = new RoundHarness(await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ThreeSixty__Round__NominationPeriod"] = "00:10:00",
            ["ThreeSixty__Round__RatingPeriod"] = "00:02:30",
            ["ThreeSixty__Round__ReminderOffsets__0"] = "00:01:20",
            ["ThreeSixty__Round__ReleaseGrace"] = "00:00:02",
        }));
        await Round.ImportRosterAsync();
        var opening = new List<HttpStatusCode>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var opened = await Round.HrPostAsync("/api/360/rounds", new { year = 2026 });
            opening.Add(opened.StatusCode);
        }

        Opening = opening;
        await Round.WaitForPhaseAsync(RoundId, "nominating");
        await Round.WaitForMailAsync("K1", $"three-sixty:{RoundId}:nomination:");
        Nomination = await Round.NominateAsync(RoundId, "K1", "K2", "K3", "K4");

        using (var start = await Round.HrPostAsync($"/api/360/rounds/{RoundId}/start-rating"))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        await Round.WaitForPhaseAsync(RoundId, "rating");
        using (var again = await Round.HrPostAsync($"/api/360/rounds/{RoundId}/start-rating"))
        {
            StartRatingAgain = again.StatusCode;
        }

        foreach (var rater in RoundHarness.Staff)
        {
            Invitations[rater] = await Round.WaitForMailAsync(rater, $"360:{RoundId}:invite:");
        }

        foreach (var (rater, score, subjects) in Ratings)
        {
            Submissions.AddRange(await Round.RateAsync(Invitations[rater], score, subjects));
        }

        await Round.WaitForMailAsync("E31", $"360:{RoundId}:remind-1:");
        using (var close = await Round.HrPostAsync($"/api/360/rounds/{RoundId}/close"))
        {
            Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        }

        await Round.WaitForPhaseAsync(RoundId, "reported");
    }

    public async Task DisposeAsync()
    {
        if (Round is not null)
        {
            await Round.Host.DisposeAsync();
        }
    }
}
