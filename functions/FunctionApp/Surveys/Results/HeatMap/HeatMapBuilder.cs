using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results.Feedback;

namespace Transformation.Surveys.Results.HeatMap;

/// <summary>Builds the HR heat map from published results (so suppression is already applied).</summary>
public static class HeatMapBuilder
{
    public static ResultsHeatMap Build(SurveyResults results, SurveyQuestionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(questionnaire);
        var columns = questionnaire.Categories.Select(c => new HeatMapColumn(c.Id, c.Name))
            .Append(new HeatMapColumn(ScoreSummary.Overall, FeedbackSheet.OverallLabel)).ToList();
        var ministry = results.Ministry;
        var ministryMeans = columns.Select(c => Score(ministry, c.Id)?.Mean).ToList();
        var rows = results.Divisions
            .OrderBy(d => d.Parent?.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Key.Code, StringComparer.Ordinal)
            .Select(division =>
            {
                var bureau = division.Parent is { } parent ? results.Find(parent) : null;
                var cells = columns.Select((column, c) =>
                {
                    // A category too few answered in this division is suppressed like the whole division.
                    if (!division.ScoresShown || Score(division, column.Id) is { Suppressed: true })
                    {
                        return new HeatMapCell(column.Id, true, null, null);
                    }

                    var mean = Score(division, column.Id)?.Mean;
                    return new HeatMapCell(column.Id, false, mean, mean - ministryMeans[c]);
                }).ToList();
                return new HeatMapRow(division.Key.Code, division.Name, bureau?.Key.Code ?? "", bureau?.Name ?? "", cells);
            })
            .ToList();
        return new ResultsHeatMap(results.CycleId, columns, ministryMeans, rows);
    }

    private static ScoreSummary? Score(GroupResult group, string id) => id == ScoreSummary.Overall ? group.Overall : group.Category(id);
}
