using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.Tests.Support;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.Benchmarks.ThreeSixty;

/// <summary>
/// The invitation of a ministry-sized round: 40,000 raters, 5,000 of them also subjects, about 60,000 assignments.
/// GlobalSetup writes the participation rows with <see cref="RaterInvitations.WriteAsync"/> (timed and printed);
/// <see cref="InvitePhase"/> runs <see cref="RaterInvitations.InviteAsync"/> for every one of the round's
/// <see cref="RatingPartitions.Count"/> partitions, a few at a time as the orchestration's fan-out runs them, with the
/// real SendGrid client sending to a local recorder. Targets: ≤ 40 SendGrid requests, one mail a rater. One
/// iteration: the mail claims make a second run of the same round send nothing.
/// </summary>
[Config(typeof(InviteJob))]
public class ThreeSixtyInviteBenchmarks
{
    private const string RoundId = "2026";
    private RecordingHttpServer _sendGrid = null!;
    private ServiceProvider _services = null!;
    private Round _round = null!;

    [Params(40_000)]
    public int Raters { get; set; }

    /// <summary>Partition activities running at once (the worker's concurrent activities on one small instance).</summary>
    [Params(4)]
    public int PartitionsAtOnce { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        const int subjects = 5_000;
        var staff = Enumerable.Range(0, Raters).Select(i => $"P-{i:00000}").Select((id, i) => new StaffMember(id, "職員 " + id,
            id.ToLowerInvariant() + "@example.go.jp", "100", "大臣官房", "1010", "秘書課", i < subjects ? "課長補佐" : "係員", null,
            i % 50 == 0 ? Language.En : Language.Ja)).ToList();
        // Every rater rates one subject; half the raters a second one: 60,000 assignments.
        var plan = staff.Select((p, i) => new RaterAssignments(p.StaffId, i % 2 == 0
            ? [new Assignment(staff[i % subjects].StaffId, RaterGroup.Subordinate),
                new Assignment(staff[(i * 7 + 1) % subjects].StaffId, RaterGroup.Peer)]
            : [new Assignment(staff[i % subjects].StaffId, RaterGroup.Peer)])).ToList();
        _sendGrid = await RecordingHttpServer.StartAsync();
        _services = ThreeSixtyServices.Build(Azurite.UniquePrefix(), staff, new Dictionary<string, string?>
        {
            ["Mail:Provider"] = "SendGrid",
            ["Mail:SendGridApiKey"] = "SG.benchmark",
            ["Mail:FromAddress"] = "jinji@example.go.jp",
            ["Mail:SendGridHost"] = _sendGrid.BaseAddress.AbsoluteUri,
        });
        var rounds = _services.GetRequiredService<RoundStore>();
        var now = DateTimeOffset.UtcNow;
        await rounds.CreateAsync(new Round(RoundId, ThreeSixtyServices.SnapshotId, RoundPhase.Nominating, now, now.AddDays(-1), "benchmark"));
        _round = await rounds.OpenRatingAsync(RoundId, now.AddDays(14), RatingPartitions.Count);
        var clock = Stopwatch.StartNew();
        var written = await _services.GetRequiredService<RaterInvitations>().WriteAsync(_round, plan);
        Console.WriteLine($"// Setup: participation rows of {written} raters ({plan.Sum(p => p.Subjects.Count)} assignments) "
            + $"written in {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Benchmark]
    public int InvitePhase() => InvitePhaseAsync().GetAwaiter().GetResult();

    private async Task<int> InvitePhaseAsync()
    {
        var invitations = _services.GetRequiredService<RaterInvitations>();
        var before = _sendGrid.Requests.Count;
        var mailed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, _round.Partitions), new ParallelOptions { MaxDegreeOfParallelism = PartitionsAtOnce },
            async (partition, ct) => Interlocked.Add(ref mailed, await invitations.InviteAsync(_round, partition, RaterInvitations.InviteRun, ct)));
        var requests = _sendGrid.Requests.Skip(before).ToList();
        var recipients = requests.Sum(r => CountOccurrences(r.Body, "\"to\""));
        Console.WriteLine($"// Invite phase: {mailed} of {Raters} raters mailed over {_round.Partitions} partitions, {requests.Count} SendGrid "
            + $"requests carrying {recipients} recipients");
        return mailed;
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _sendGrid.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>One run: the mail claims make a second run of the same round send nothing.</summary>
public sealed class InviteJob() : InProcessMonitoring(0, 1);
