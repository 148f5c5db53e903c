using System.Globalization;
using Transformation.Platform.Localization;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Benchmarks.Surveys;

/// <summary>A ministry-sized survey: 60 items in 3 categories, 1,000 divisions in 60 bureaus, responses with random scores.</summary>
public static class LargeSurvey
{
    public const string Cycle = "2026";

    public static SurveyQuestionnaire Questionnaire()
    {
        string[] categories = ["work", "workplace", "organisation"];
        return new SurveyQuestionnaire("2026", categories.Select(c => new SurveyCategory(c, new Text(c, c),
            Enumerable.Range(1, 20).Select(i => new SurveyItem($"{c}-{i:D2}", c, new Text($"設問 {c} {i}", $"Statement {c} {i}"))).ToList())).ToList());
    }

    public static SurveyPopulation Population() => new(Enumerable.Range(0, 1000)
        .Select(d => new PopulationDivision(Division(d), $"課 {d}", Bureau(d), $"局 {d % 60}", 100))
        .ToList());

    /// <summary>Every item answered (1–5), one comment in ten; the item ids are shared strings, as a deserializer's name cache gives.</summary>
    public static List<SurveyResponse> Responses(SurveyQuestionnaire questionnaire, int count, int seed = 7)
    {
        var random = new Random(seed);
        var items = questionnaire.Items.Select(i => i.Id).ToArray();
        var responses = new List<SurveyResponse>(count);
        for (var r = 0; r < count; r++)
        {
            var division = r % 1000;
            var scores = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
            foreach (var id in items)
            {
                scores[id] = random.Next(1, 6);
            }

            var comments = r % 10 == 0 ? new Dictionary<string, string> { ["work"] = "忙しいが充実している" } : new Dictionary<string, string>();
            responses.Add(new SurveyResponse(Cycle, Bureau(division), Division(division), scores, comments));
        }

        return responses;
    }

    private static string Division(int d) => "D" + (d + 1).ToString("D4", CultureInfo.InvariantCulture);

    private static string Bureau(int d) => "B" + ((d % 60) + 1).ToString("D3", CultureInfo.InvariantCulture);
}
