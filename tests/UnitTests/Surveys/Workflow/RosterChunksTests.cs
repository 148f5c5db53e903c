using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Workflow;

namespace Transformation.Tests.Surveys.Workflow;

/// <summary>Each mail chunk is one language, so a chunk is one SendGrid request.</summary>
public sealed class RosterChunksTests
{
    [Fact]
    public void Chunks_hold_one_language_each_and_cover_everyone_once()
    {
        var staff = Enumerable.Range(0, 2_500)
            .Select(i => new StaffMember($"S{i:D5}", $"職員 {i}", $"s{i}@example.go.jp", "B1", "局", "D1", "課", "係員", null, i % 10 == 0 ? Language.En : Language.Ja))
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
    public void With_a_partition_count_each_chunk_follows_the_partitions_and_everyone_is_still_in_one_chunk()
    {
        var staff = Enumerable.Range(0, 2_500)
            .Select(i => new StaffMember($"S{i:D5}", $"職員 {i}", $"s{i}@example.go.jp", "B1", "局", "D1", "課", "係員", null, i % 10 == 0 ? Language.En : Language.Ja))
            .ToList();

        var chunks = RosterChunks.Of(staff, 1_000, 64);

        Assert.Equal(RosterChunks.Of(staff, 1_000).Count, chunks.Count); // the count depends on the languages only
        Assert.All(chunks, c => Assert.Single(c.Select(s => s.Language).Distinct()));
        Assert.Equal(staff.Select(s => s.StaffId).Order(), chunks.SelectMany(c => c).Select(s => s.StaffId).Order());
        foreach (var language in chunks.GroupBy(c => c[0].Language))
        {
            var partitions = language.SelectMany(c => c).Select(s => SurveyTokens.PartitionOf(s.StaffId, 64)).ToList();
            Assert.Equal(partitions.Order(), partitions);
        }

        // 1,000 people fall into 64 partitions but a chunk touches only the few its place in that order gives it.
        Assert.InRange(chunks[0].Select(s => SurveyTokens.PartitionOf(s.StaffId, 64)).Distinct().Count(), 1, 30);
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
        Assert.Equal(RosterChunks.Of(staff, 7, 64).Select(c => c.Select(s => s.StaffId)), RosterChunks.For(index, 7, 64).Select(c => c.Select(s => s.StaffId)));
    }
}
