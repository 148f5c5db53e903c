using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Workflow;

namespace Transformation.Tests.Surveys.Workflow;

/// <summary>
/// A chunk is one mail batch for both languages, so one SendGrid request; without a partition count (Team-Up's seasons)
/// a chunk holds one language.
/// </summary>
public sealed class RosterChunksTests
{
    [Fact]
    public void Without_a_partition_count_chunks_hold_one_language_each_and_cover_everyone_once()
    {
        var staff = Enumerable.Range(0, 2_500)
            .Select(i => new StaffMember($"S{i:D5}", $"職員 {i}", $"s{i}@example.go.jp", "B1", "局", "D1", "課", "係員", null,
                i % 10 == 0 ? Language.En : Language.Ja))
            .ToList();

        var chunks = RosterChunks.Of(staff, 1_000);

        Assert.Equal(3 + 1, chunks.Count); // 2,250 Japanese readers in 3 chunks, 250 English readers in 1
        Assert.All(chunks, c => Assert.Single(c.Select(s => s.Language).Distinct()));
        Assert.All(chunks, c => Assert.InRange(c.Count, 1, 1_000));
        Assert.Equal(staff.Select(s => s.StaffId).Order(), chunks.SelectMany(c => c).Select(s => s.StaffId).Order());
    }

    [Fact]
    public void The_same_snapshot_always_gives_the_same_chunks()
    {
        var staff = Enumerable.Range(0, 50)
            .Select(i => new StaffMember($"S{49 - i:D2}", "x", "x@example.go.jp", "B", "局", "D", "課", "係員", null, Language.Ja))
            .ToList();

        Assert.Equal(RosterChunks.Of(staff, 7).Select(c => c[0].StaffId), RosterChunks.Of(Enumerable.Reverse(staff), 7).Select(c => c[0].StaffId));
    }

    [Fact]
    public void With_a_partition_count_chunks_mix_languages_follow_the_partitions_and_everyone_is_in_one_chunk()
    {
        var staff = Enumerable.Range(0, 2_500)
            .Select(i => new StaffMember($"S{i:D5}", $"職員 {i}", $"s{i}@example.go.jp", "B1", "局", "D1", "課", "係員", null,
                i % 10 == 0 ? Language.En : Language.Ja))
            .ToList();

        var chunks = RosterChunks.Of(staff, 1_000, 64);

        Assert.Equal([1_000, 1_000, 500], chunks.Select(c => c.Count)); // 2,250 + 250 readers together, not 3 + 1 chunks
        Assert.All(chunks, c => Assert.Equal(2, c.Select(s => s.Language).Distinct().Count()));
        Assert.Equal(staff.Select(s => s.StaffId).Order(), chunks.SelectMany(c => c).Select(s => s.StaffId).Order());
        var order = chunks.SelectMany(c => c).Select(s => (SurveyTokens.PartitionOf(s.StaffId, 64), s.StaffId)).ToList();
        Assert.Equal(order.Order(), order);

        // 1,000 people fall into 64 partitions but a chunk touches only the few its place in that order gives it.
        Assert.InRange(chunks[0].Select(s => SurveyTokens.PartitionOf(s.StaffId, 64)).Distinct().Count(), 1, 30);
    }

    [Fact]
    public void A_hundred_thousand_staff_of_two_languages_make_exactly_a_hundred_full_chunks()
    {
        // As the benchmark roster: 98,001 Japanese and 1,999 English readers (101 chunks when cut per language).
        var staff = Enumerable.Range(0, 100_000)
            .Select(i => new StaffMember($"S{i:D6}", "x", $"s{i}@example.go.jp", "B1", "局", "D1", "課", "係員", null,
                i % 50 == 0 && i < 99_950 ? Language.En : Language.Ja))
            .ToList();
        Assert.Equal(1_999, staff.Count(s => s.Language == Language.En));

        var chunks = RosterChunks.Of(staff, 1_000, 64);

        Assert.Equal(100, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(1_000, c.Count));
        Assert.Equal(101, RosterChunks.Of(staff, 1_000).Count);
    }

    [Fact]
    public void An_index_is_chunked_once_per_size_and_partition_count()
    {
        var staff = Enumerable.Range(0, 30)
            .Select(i => new StaffMember($"S{i:D2}", "x", "x@example.go.jp", "B", "局", "D", "課", "係員", null, Language.Ja))
            .ToList();
        var index = new RosterIndex(new RosterSnapshotInfo("snap", DateTimeOffset.UnixEpoch, "HR", 30, 1, "utf-8"), staff, []);

        Assert.Same(RosterChunks.For(index, 7, 64), RosterChunks.For(index, 7, 64));
        Assert.NotSame(RosterChunks.For(index, 7, 64), RosterChunks.For(index, 7, null));
        Assert.Equal(RosterChunks.Of(staff, 7, 64).Select(c => c.Select(s => s.StaffId)),
            RosterChunks.For(index, 7, 64).Select(c => c.Select(s => s.StaffId)));
    }
}
