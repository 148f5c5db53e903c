using Transformation.ThreeSixty.Reports;

namespace Transformation.Tests.ThreeSixty.Reports;

public sealed class ReportSpanTests
{
    private static readonly string[] Sorted = ["S-0010", "S-0011", "S-0020", "S-0031", "S-0032", "S-0033", "S-0034"];

    [Fact]
    public void Each_chunks_span_holds_its_own_subjects()
    {
        var chunks = Sorted.Chunk(3).ToList();

        for (var index = 0; index < chunks.Count; index++)
        {
            var span = ReportSpan.OfChunk(Sorted, index, 3);
            Assert.All(chunks[index], id => Assert.True(span.Contains(id), $"{id} is outside {span}"));
        }
    }

    [Fact]
    public void The_spans_of_one_cut_hold_every_id_exactly_once_subject_or_not()
    {
        string[] others = ["", "A", "S-0010", "S-00105", "S-0015", "S-0020", "S-0021", "S-0034", "S-0035", "Z"];
        var spans = Enumerable.Range(0, 3).Select(i => ReportSpan.OfChunk(Sorted, i, 3)).ToList();

        Assert.All(Sorted.Concat(others), id => Assert.Single(spans, s => s.Contains(id)));
    }

    [Fact]
    public void A_round_in_one_chunk_owns_every_id()
    {
        Assert.Equal(ReportSpan.Whole, ReportSpan.OfChunk(Sorted, 0, 500));
    }
}
