using Transformation.Organisation;
using Transformation.Platform.Localization;
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
}
