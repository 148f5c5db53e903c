using Transformation.Surveys.Participation;
using Transformation.Surveys.Publication;
using Transformation.Surveys.Results;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Publication;

/// <summary>HR's response rates during a cycle: what HR may see of each group's participation (threshold 5 invited).</summary>
public sealed class ResponseRateReportTests
{
    private const int Threshold = 5;

    private static readonly int[] SeedValues = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

    public static TheoryData<int> Seeds => [.. SeedValues];

    /// <summary>Participation counts: divisions as (bureau, division, invited, answered).</summary>
    private static SurveyResponseRates Rates(params (string Bureau, string Division, int Invited, int Submitted)[] divisions)
    {
        var rows = divisions.Select(d => new GroupRate(d.Division, $"{d.Division}課", d.Bureau, d.Invited, d.Submitted)).ToList();
        var bureaus = rows.GroupBy(d => d.BureauCode!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupRate(g.Key, $"{g.Key}局", null, g.Sum(d => d.Invited), g.Sum(d => d.Submitted))).ToList();
        return new SurveyResponseRates("2026", new GroupRate("", "", null, rows.Sum(d => d.Invited), rows.Sum(d => d.Submitted)), bureaus, rows);
    }

    [Fact]
    public void A_division_of_at_least_the_threshold_invited_shows_its_figures()
    {
        var view = ResponseRateReport.Build(Rates(("B1", "D1", 20, 4), ("B1", "D2", 30, 25)), Threshold, null);

        var d1 = view.Divisions.Single(d => d.Code == "D1");
        Assert.Equal((true, 20, 4, 0.2), (d1.Shown, d1.Invited, d1.Submitted, d1.Rate));
    }

    [Fact]
    public void A_division_below_the_threshold_invited_shows_no_figures_only_its_name()
    {
        var view = ResponseRateReport.Build(Rates(("B1", "D1", 3, 3), ("B1", "D2", 30, 25), ("B1", "D3", 40, 20)), Threshold, null);

        var d1 = view.Divisions.Single(d => d.Code == "D1");
        Assert.Equal(("D1課", false, null, null, null), (d1.Name, d1.Shown, d1.Invited, d1.Submitted, d1.Rate));
    }

    [Fact]
    public void The_smallest_sibling_of_a_small_division_is_hidden_too_so_the_bureau_does_not_give_it_away()
    {
        var view = ResponseRateReport.Build(Rates(("B1", "D1", 3, 3), ("B1", "D2", 30, 25), ("B1", "D3", 40, 20)), Threshold, null);

        Assert.False(view.Divisions.Single(d => d.Code == "D2").Shown);
        Assert.True(view.Bureaus.Single().Shown);
    }

    [Fact]
    public void Once_results_are_published_a_group_hidden_there_shows_no_figures_here()
    {
        var q = QuestionnaireBuilder.Standard();
        var population = new PopulationBuilder().Division("B1", "D1", 8).Division("B1", "D2", 30).Division("B1", "D3", 40).Build();
        var published = Aggregate.Run(q, population, new ResponseBuilder(q, "D1").Times(3)
            .Concat(new ResponseBuilder(q, "D2").Times(25)).Concat(new ResponseBuilder(q, "D3").Times(30)));

        var view = ResponseRateReport.Build(Rates(("B1", "D1", 8, 3), ("B1", "D2", 30, 25), ("B1", "D3", 40, 30)), Threshold, published);

        Assert.False(view.Divisions.Single(d => d.Code == "D1").Shown);
        Assert.Null(view.Divisions.Single(d => d.Code == "D1").Submitted);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_subtraction_of_shown_groups_gives_the_participation_of_fewer_than_the_threshold(int seed)
    {
        var rates = Generate(seed);
        var view = ResponseRateReport.Build(rates, Threshold, null);
        Assert.Contains(view.Divisions, d => !d.Shown); // the generator must make the rule work

        foreach (var (parent, parts) in Subtractable(view))
        {
            for (var mask = 0L; mask < 1L << parts.Count; mask++)
            {
                var taken = parts.Where((_, i) => (mask & (1L << i)) != 0).ToList();
                var people = parent.Invited!.Value - taken.Sum(p => p.Invited!.Value);
                Assert.False(people is > 0 and < Threshold,
                    $"seed {seed}: {parent.Code} minus [{string.Join(", ", taken.Select(t => t.Code))}] is {people} people");
            }
        }
    }

    /// <summary>Each shown bureau with its shown divisions; the shown ministry with shown bureaus and shown divisions of hidden ones.</summary>
    private static IEnumerable<(GroupResponse Parent, List<GroupResponse> Parts)> Subtractable(ResponseRateView view)
    {
        foreach (var bureau in view.Bureaus.Where(b => b.Shown))
        {
            yield return (bureau, view.Divisions.Where(d => d.BureauCode == bureau.Code && d.Shown).ToList());
        }

        if (view.Ministry.Shown)
        {
            var hiddenBureaus = view.Bureaus.Where(b => !b.Shown).Select(b => b.Code).ToHashSet();
            var insideHidden = view.Divisions.Where(d => d.Shown && hiddenBureaus.Contains(d.BureauCode!));
            yield return (view.Ministry, [.. view.Bureaus.Where(b => b.Shown), .. insideHidden]);
        }
    }

    /// <summary>3–4 bureaus of 1–4 divisions; a third of divisions small (1–4 invited), the rest 5–30; about half answered.</summary>
    private static SurveyResponseRates Generate(int seed)
    {
        var random = new Random(seed);
        var divisions = new List<(string, string, int, int)>();
        var bureaus = random.Next(3, 5);
        for (var b = 0; b < bureaus; b++)
        {
            var count = random.Next(1, 5);
            for (var d = 0; d < count; d++)
            {
                var invited = (b == 0 && d == 0) || random.Next(3) == 0 ? random.Next(1, 5) : random.Next(5, 31);
                divisions.Add(($"B{b}", $"B{b}D{d}", invited, random.Next(0, invited + 1)));
            }
        }

        return Rates([.. divisions]);
    }
}
