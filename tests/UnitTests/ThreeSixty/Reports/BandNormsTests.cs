using System.Text.Json;
using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Reports;
using static Transformation.Tests.ThreeSixty.Reports.ReportAnswers;

namespace Transformation.Tests.ThreeSixty.Reports;

/// <summary>Grade-band norms: the mean of the subjects' "all others" means, only with enough subjects behind it.</summary>
public sealed class BandNormsTests
{
    private static readonly IReadOnlyList<GradeBand> Bands = ThreeSixtyReportOptions.DefaultBands;

    /// <summary>A report of a subject whose three peers all gave <paramref name="v01"/> (and V02 only when given).</summary>
    private static ThreeSixtyReport Subject(string id, int v01, int? v02, string band = "section-chief") =>
        ReportBuilder.Build(Questionnaire, Round, id, band,
            [.. Enumerable.Range(0, 3).Select(_ => Answer(RaterGroup.Peer, v01, v02, subject: id))], Options(), null);

    /// <summary>
    /// A report whose three peers gave V01 1, 2 and a third score that varies with <paramref name="i"/> (means in
    /// thirds), V02 only for some, D01 for every third; odd subjects are deputies.
    /// </summary>
    private static ThreeSixtyReport Mixed(string id, int i) =>
        ReportBuilder.Build(Questionnaire, Round, id, i % 2 == 0 ? "section-chief" : "deputy",
            [Answer(RaterGroup.Peer, 1, i % 4 == 0 ? null : 2, i % 3 == 0 ? 4 : null, subject: id),
             Answer(RaterGroup.Peer, 2, 5, i % 3 == 0 ? 5 : null, subject: id),
             Answer(RaterGroup.Peer, 1 + (i % 5), 1 + (i % 3), i % 3 == 0 ? 2 : null, subject: id)], Options(), null);

    private static List<(string Band, int Subjects, string Kind, string Id, double Mean, int Count)> Flatten(IEnumerable<BandNorm> norms) =>
        [.. norms.SelectMany(n => n.Items.Select(f => (n.BandId, n.Subjects, "item", f.Id, f.Mean, f.Subjects))
            .Concat(n.Categories.Select(f => (n.BandId, n.Subjects, "category", f.Id, f.Mean, f.Subjects)))
            .DefaultIfEmpty((n.BandId, n.Subjects, "none", "", 0.0, 0)))];

    [Fact]
    public void An_item_norm_is_the_mean_of_the_subjects_all_others_means_over_subjects_where_it_was_shown()
    {
        // V01: (1 + 2 + 3 + 4 + 5 + 3) / 6 = 3.00; V02 shown for five of them: (2 + 2 + 4 + 4 + 5) / 5 = 3.40.
        var reports = new[]
        {
            Subject("A", 1, 2), Subject("B", 2, 2), Subject("C", 3, 4), Subject("D", 4, 4), Subject("E", 5, 5), Subject("F", 3, null),
        };

        var norm = BandNormsBuilder.Build(reports, Bands, 5).Single(n => n.BandId == "section-chief");

        Assert.Equal(6, norm.Subjects);
        Assert.Equal(new NormFigure("V01", 3.0, 6), norm.Items.Single(f => f.Id == "V01"));
        Assert.Equal(3.4, norm.Items.Single(f => f.Id == "V02").Mean, 10);
        Assert.Equal(5, norm.Items.Single(f => f.Id == "V02").Subjects);
    }

    [Fact]
    public void An_item_shown_for_fewer_than_five_subjects_has_no_norm()
    {
        var reports = new[]
        {
            Subject("A", 1, 2), Subject("B", 2, 2), Subject("C", 3, 4), Subject("D", 4, null), Subject("E", 5, null),
        };

        var norm = BandNormsBuilder.Build(reports, Bands, 5).Single(n => n.BandId == "section-chief");

        Assert.DoesNotContain(norm.Items, f => f.Id == "V02");
        Assert.Contains(norm.Items, f => f.Id == "V01");
    }

    [Fact]
    public void A_band_of_four_subjects_keeps_no_figure_at_all()
    {
        var reports = new[]
        {
            Subject("A", 1, 2, "deputy"), Subject("B", 2, 2, "deputy"), Subject("C", 3, 4, "deputy"), Subject("D", 4, 4, "deputy"),
        };

        var norm = BandNormsBuilder.Build(reports, Bands, 5).Single(n => n.BandId == "deputy");

        Assert.Equal(4, norm.Subjects);
        Assert.False(norm.Shown(5));
        Assert.Empty(norm.Items);
        Assert.Empty(norm.Categories);
    }

    [Fact]
    public void The_report_shows_its_bands_norm_next_to_its_own_figures()
    {
        var reports = Enumerable.Range(1, 5).Select(i => Subject($"S{i}", i, null)).ToList();
        var norm = BandNormsBuilder.Build(reports, Bands, 5).Single(n => n.BandId == "section-chief");

        var shown = reports[0].WithNorm(norm);

        Assert.Equal(3.0, shown.Items.Single(r => r.Id == "V01").Norm);
        Assert.Null(shown.Items.Single(r => r.Id == "V02").Norm);
        Assert.Equal(3.0, shown.Categories.Single(r => r.Id == "vision").Norm);
    }

    [Fact]
    public void Two_chunks_contributions_combine_to_the_norms_of_all_the_reports_in_one_pass()
    {
        // Means in thirds (no exact binary fraction) in both bands, V02 and the development category partly missing.
        var reports = Enumerable.Range(0, 13).Select(i => Mixed($"S{i:00}", i)).ToList();
        var onePass = Flatten(BandNormsBuilder.Build(reports, Bands, 5));

        foreach (var split in new[] { 1, 4, 6, 9, 12 })
        {
            var chunks = new[] { NormContribution.Of(reports[..split]), NormContribution.Of(reports[split..]) };

            var combined = Flatten(BandNormsBuilder.Build(NormContribution.Combine(chunks), Bands, 5));

            Assert.Equal(onePass, combined);
        }
    }

    [Fact]
    public void A_band_whose_subjects_reach_five_only_across_chunks_has_its_norm()
    {
        var first = NormContribution.Of([Subject("A", 1, 2), Subject("B", 2, 2), Subject("C", 3, 4)]);
        var second = NormContribution.Of([Subject("D", 4, 4), Subject("E", 5, 5)]);

        var norm = BandNormsBuilder.Build(NormContribution.Combine([first, second]), Bands, 5).Single(n => n.BandId == "section-chief");

        Assert.Equal(5, norm.Subjects);
        Assert.Equal(new NormFigure("V01", 3.0, 5), norm.Items.Single(f => f.Id == "V01"));
    }

    [Fact]
    public void A_chunks_contribution_comes_back_from_the_orchestrations_json_with_the_same_norms_and_no_subject_in_it()
    {
        var reports = Enumerable.Range(0, 7).Select(i => Mixed($"S-{i:0000}", i)).ToList();
        var contribution = NormContribution.Of(reports);

        var json = JsonSerializer.Serialize(contribution, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<NormContribution>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(Flatten(BandNormsBuilder.Build(reports, Bands, 5)), Flatten(BandNormsBuilder.Build(back, Bands, 5)));
        Assert.DoesNotContain("S-0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_bands_put_division_heads_and_their_equivalents_together_and_deputies_apart()
    {
        Assert.Equal("section-chief", GradeBand.Of(Bands, "参事官")!.Id);
        Assert.Equal("deputy", GradeBand.Of(Bands, "課長補佐")!.Id);
        Assert.Null(GradeBand.Of(Bands, "係長"));
    }
}
