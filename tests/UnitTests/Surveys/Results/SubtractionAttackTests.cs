using Transformation.Surveys.Answering;
using Transformation.Surveys.Results;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>
/// Plays the reader who wants a small group's answers: from the published results only, it tries every
/// subtraction across the hierarchy and then every linear combination of published totals, for each count a
/// reader sees: a group's respondents, each item's answers (items may be skipped) and each category's respondents.
/// Whatever it can work out must describe no one (0) or at least the threshold.
/// </summary>
public class SubtractionAttackTests
{
    private const int Threshold = 5;
    private static readonly Transformation.Surveys.Questionnaire.SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard(2);

    private static readonly int[] SeedValues = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

    public static TheoryData<int> Seeds => [.. SeedValues];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_subtraction_of_published_groups_isolates_fewer_than_the_threshold(int seed)
    {
        var (population, responses) = Generate(seed);
        var results = Aggregate.Run(Questionnaire, population, responses, minScores: Threshold, minComments: 10);
        Assert.Contains(results.Divisions, d => !d.ScoresShown); // the generator must make the rule work

        foreach (var count in Counts(responses))
        {
            foreach (var parent in results.Groups.Where(g => count.Published(g) is not null && g.Key.Level != GroupLevel.Division))
            {
                // What can be subtracted from the parent: its children that publish this count, and for the ministry
                // also such divisions of bureaus that do not.
                var parts = Parts(results, parent, count);
                Assert.True(parts.Count <= 20, "keep the generated hierarchy small enough to try every combination");
                for (var mask = 0L; mask < 1L << parts.Count; mask++)
                {
                    var taken = parts.Where((_, i) => (mask & (1L << i)) != 0).ToList();
                    var left = count.Published(parent)!.Value - taken.Sum(p => count.Published(p)!.Value);
                    Assert.False(left is > 0 and < Threshold,
                        $"seed {seed}: {count.Name} of {parent.Key} minus [{string.Join(", ", taken.Select(t => t.Key))}] leaves {left}");
                    if (count.Item is { } item && left == 0)
                    {
                        // With no answer left there must be no score left either.
                        Assert.Equal(0, Sum(parent, item) - taken.Sum(p => Sum(p, item)));
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_linear_combination_of_published_totals_isolates_fewer_than_the_threshold(int seed)
    {
        var (population, responses) = Generate(seed);
        var results = Aggregate.Run(Questionnaire, population, responses, minScores: Threshold, minComments: 10);
        var divisions = results.Divisions.Select(d => d.Key.Code).ToList();

        foreach (var count in Counts(responses))
        {
            var hidden = divisions.Where(code => count.Published(results.Find(GroupKey.Division(code))!) is null).ToList();

            // Every published group is an equation over division counts; published divisions are known outright,
            // so project them out and keep each equation's part over the hidden divisions.
            var rows = results.Groups.Where(g => count.Published(g) is not null)
                .Select(g => hidden.Select(code => Covers(results, g, code) ? 1.0 : 0.0).ToArray())
                .Where(row => row.Any(v => v != 0))
                .ToList();
            var basis = RowEchelon.Of(rows);

            // Every set of hidden divisions that together have 1 to T−1: none may be derivable.
            var truth = hidden.Select(count.Truth).ToArray();
            foreach (var set in SmallSets(truth, Threshold))
            {
                var indicator = hidden.Select((_, i) => set.Contains(i) ? 1.0 : 0.0).ToArray();
                Assert.False(basis.Spans(indicator),
                    $"seed {seed}: {count.Name} of [{string.Join(", ", set.Select(i => hidden[i]))}] ({set.Sum(i => truth[i])}) can be worked out");
            }
        }
    }

    [Fact]
    public void The_generated_hierarchies_make_every_rule_work()
    {
        var primary = 0;
        var complementary = 0;
        var categories = 0;
        foreach (var (population, responses) in SeedValues.Select(Generate))
        {
            var results = Aggregate.Run(Questionnaire, population, responses, minScores: Threshold);
            foreach (var division in results.Divisions.Where(g => g.ScoresShown))
            {
                foreach (var item in division.Items.Where(i => i.Suppressed))
                {
                    var answers = responses.Count(r => r.DivisionCode == division.Key.Code && r.Scores.ContainsKey(item.Id));
                    _ = answers < Threshold ? primary++ : complementary++;
                }

                categories += division.Categories.Count(c => c.Suppressed);
            }
        }

        Assert.True(primary > 0, "an item answered by too few in a shown division");
        Assert.True(complementary > 0, "an item answered by enough, hidden to protect a smaller one");
        Assert.True(categories > 0, "a category suppressed in a shown division");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Category_and_overall_scores_are_sums_of_the_items_shown_beside_them(int seed)
    {
        var (population, responses) = Generate(seed);
        var results = Aggregate.Run(Questionnaire, population, responses, minScores: Threshold);

        foreach (var group in results.Groups.Where(g => g.ScoresShown))
        {
            foreach (var category in Questionnaire.Categories.Where(c => group.Category(c.Id) is { Suppressed: false }))
            {
                Assert.Equal(Pool(group, category.Items.Select(i => i.Id)), group.Category(category.Id)!.Distribution);
            }

            Assert.Equal(Pool(group, Questionnaire.Items.Select(i => i.Id)), group.Overall!.Distribution);
        }
    }

    /// <summary>A count a reader sees per group (null where it is not published) and its true value per division.</summary>
    private sealed record Count(string Name, Func<GroupResult, int?> Published, Func<string, int> Truth, string? Item = null);

    private static List<Count> Counts(List<SurveyResponse> responses)
    {
        var counts = new List<Count>
        {
            new("respondents", g => g.ScoresShown ? g.Respondents : null, code => responses.Count(r => r.DivisionCode == code)),
        };
        counts.AddRange(Questionnaire.Items.Select(item => new Count($"answers to {item.Id}",
            g => g.Item(item.Id) is { Suppressed: false } shown ? shown.Respondents : null,
            code => responses.Count(r => r.DivisionCode == code && r.Scores.ContainsKey(item.Id)), item.Id)));
        counts.AddRange(Questionnaire.Categories.Select(category => new Count($"respondents of {category.Id}",
            g => g.Category(category.Id) is { Suppressed: false } shown ? shown.Respondents : null,
            code => responses.Count(r => r.DivisionCode == code && category.Items.Any(i => r.Scores.ContainsKey(i.Id))))));
        return counts;
    }

    private static int[] Pool(GroupResult group, IEnumerable<string> itemIds) =>
        Enumerable.Range(0, 5).Select(s => itemIds.Select(group.Item).Where(i => i is { Suppressed: false }).Sum(i => i!.Distribution[s])).ToArray();

    private static long Sum(GroupResult group, string itemId) => group.Item(itemId)!.Sum;

    private static List<GroupResult> Parts(SurveyResults results, GroupResult parent, Count count)
    {
        var children = results.Groups.Where(g => g.Parent == parent.Key).ToList();
        var parts = children.Where(c => count.Published(c) is not null).ToList();
        if (parent.Key.Level == GroupLevel.Ministry)
        {
            parts.AddRange(children.Where(b => count.Published(b) is null)
                .SelectMany(b => results.Groups.Where(d => d.Parent == b.Key && count.Published(d) is not null)));
        }

        return parts;
    }

    private static bool Covers(SurveyResults results, GroupResult group, string divisionCode) => group.Key.Level switch
    {
        GroupLevel.Ministry => true,
        GroupLevel.Bureau => results.Find(GroupKey.Division(divisionCode))!.Parent == group.Key,
        _ => group.Key.Code == divisionCode,
    };

    /// <summary>Every set of indexes whose counts add up to 1 … threshold − 1.</summary>
    private static IEnumerable<HashSet<int>> SmallSets(int[] counts, int threshold)
    {
        IEnumerable<HashSet<int>> From(int start, HashSet<int> chosen, int total)
        {
            if (total is > 0 && total < threshold)
            {
                yield return [.. chosen];
            }

            for (var i = start; i < counts.Length; i++)
            {
                if (total + counts[i] < threshold)
                {
                    chosen.Add(i);
                    foreach (var set in From(i + 1, chosen, total + counts[i]))
                    {
                        yield return set;
                    }

                    chosen.Remove(i);
                }
            }
        }

        return From(0, [], 0);
    }

    /// <summary>
    /// 3–4 bureaus of 1–4 divisions; the first division and a third of the others small (0–4 respondents), the rest 5–25.
    /// Items are skipped unevenly (the second item of each category by half the respondents, the others by one in ten),
    /// and some respondents skip a whole category, so item and category counts fall below the threshold in shown groups.
    /// </summary>
    private static (SurveyPopulation Population, List<SurveyResponse> Responses) Generate(int seed)
    {
        var random = new Random(seed);
        var population = new PopulationBuilder();
        var responses = new List<SurveyResponse>();
        var bureaus = random.Next(3, 5);
        for (var b = 0; b < bureaus; b++)
        {
            var divisionCount = random.Next(1, 5);
            for (var d = 0; d < divisionCount; d++)
            {
                var code = $"B{b}D{d}";
                population.Division($"B{b}", code, 30);
                var size = (b == 0 && d == 0) ? random.Next(1, 5) : random.Next(3) == 0 ? random.Next(0, 5) : random.Next(5, 26);
                for (var r = 0; r < size; r++)
                {
                    responses.Add(Respond(random, code, $"B{b}"));
                }
            }
        }

        return (population.Build(), responses);
    }

    private static SurveyResponse Respond(Random random, string division, string bureau)
    {
        var response = new ResponseBuilder(Questionnaire, division, bureau);
        var skippedCategory = random.Next(4) == 0 ? Questionnaire.Categories[random.Next(Questionnaire.Categories.Count)].Id : null;
        foreach (var item in Questionnaire.Items)
        {
            var second = item.Id.EndsWith("-2", StringComparison.Ordinal);
            if (item.CategoryId == skippedCategory || random.Next(10) < (second ? 5 : 1))
            {
                response.Skip(item.Id);
            }
            else
            {
                response.Score(item.Id, random.Next(1, 6));
            }
        }

        return response.Build();
    }
}
