using Transformation.Surveys.Answers;
using Transformation.Surveys.Results;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

/// <summary>
/// Plays the reader who wants a small group's answers: from the published results only, it tries every
/// subtraction across the hierarchy and then every linear combination of published totals.
/// Whatever it can work out must describe no one (0 respondents) or at least the threshold.
/// </summary>
public class SubtractionAttackTests
{
    private const int Threshold = 5;
    private static readonly Transformation.Surveys.Questionnaire.SurveyQuestionnaire Questionnaire = QuestionnaireBuilder.Standard(2);

    public static TheoryData<int> Seeds => [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_subtraction_of_published_groups_isolates_fewer_than_the_threshold(int seed)
    {
        var (population, responses) = Generate(seed);
        var results = Aggregate.Run(Questionnaire, population, responses, minScores: Threshold, minComments: 10);
        Assert.Contains(results.Divisions, d => !d.ScoresShown); // the generator must make the rule work

        foreach (var parent in results.Groups.Where(g => g.ScoresShown && g.Key.Level != GroupLevel.Division))
        {
            // What can be subtracted from the parent: its shown children, and for the ministry also the shown divisions of hidden bureaus.
            var parts = Parts(results, parent);
            Assert.True(parts.Count <= 20, "keep the generated hierarchy small enough to try every combination");
            for (var mask = 0L; mask < 1L << parts.Count; mask++)
            {
                var taken = parts.Where((_, i) => (mask & (1L << i)) != 0).ToList();
                var respondents = parent.Respondents!.Value - taken.Sum(p => p.Respondents!.Value);
                Assert.False(respondents is > 0 and < Threshold,
                    $"seed {seed}: {parent.Key} minus [{string.Join(", ", taken.Select(t => t.Key))}] leaves {respondents} respondents");
                foreach (var item in Questionnaire.Items)
                {
                    // Sums (mean × answers) recover with the counts; with nobody left there must be nothing left.
                    var answers = parent.Item(item.Id)!.Respondents - taken.Sum(p => p.Item(item.Id)!.Respondents);
                    var sum = Sum(parent, item.Id) - taken.Sum(p => Sum(p, item.Id));
                    Assert.True(respondents != 0 || (answers == 0 && sum == 0), $"seed {seed}: {parent.Key} leaves answers with no respondents");
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
        var truth = responses.GroupBy(r => r.DivisionCode).ToDictionary(g => g.Key, g => g.Count());
        var hidden = divisions.Where(code => !results.Find(GroupKey.Division(code))!.ScoresShown).ToList();

        // Every published group is an equation over division counts; shown divisions are known outright,
        // so project them out and keep each equation's part over the hidden divisions.
        var rows = results.Groups.Where(g => g.ScoresShown)
            .Select(g => hidden.Select(code => Covers(results, g, code) ? 1.0 : 0.0).ToArray())
            .Where(row => row.Any(v => v != 0))
            .ToList();
        var basis = RowEchelon.Of(rows);

        // Try every set of hidden divisions that together have 1 to T−1 respondents: none may be derivable.
        var counts = hidden.Select(code => truth.GetValueOrDefault(code)).ToArray();
        foreach (var set in SmallSets(counts, Threshold))
        {
            var indicator = hidden.Select((_, i) => set.Contains(i) ? 1.0 : 0.0).ToArray();
            Assert.False(basis.Spans(indicator),
                $"seed {seed}: the total of [{string.Join(", ", set.Select(i => hidden[i]))}] ({set.Sum(i => counts[i])} respondents) can be worked out");
        }
    }

    private static long Sum(GroupResult group, string itemId) => (long)Math.Round(group.Item(itemId)!.Mean.GetValueOrDefault() * group.Item(itemId)!.Respondents);

    private static List<GroupResult> Parts(SurveyResults results, GroupResult parent)
    {
        var children = results.Groups.Where(g => g.Parent == parent.Key).ToList();
        var parts = children.Where(c => c.ScoresShown).ToList();
        if (parent.Key.Level == GroupLevel.Ministry)
        {
            parts.AddRange(children.Where(b => !b.ScoresShown)
                .SelectMany(b => results.Groups.Where(d => d.Parent == b.Key && d.ScoresShown)));
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

    /// <summary>3–4 bureaus of 1–4 divisions; the first division and a third of the others small (0–4 respondents), the rest 5–25; some items skipped.</summary>
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
                    var response = new ResponseBuilder(Questionnaire, code, $"B{b}");
                    foreach (var item in Questionnaire.Items)
                    {
                        if (random.Next(10) == 0)
                        {
                            response.Skip(item.Id);
                        }
                        else
                        {
                            response.Score(item.Id, random.Next(1, 6));
                        }
                    }

                    responses.Add(response.Build());
                }
            }
        }

        return (population.Build(), responses);
    }
}
