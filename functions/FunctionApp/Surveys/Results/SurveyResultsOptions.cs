namespace Transformation.Surveys.Results;

/// <summary>Anonymity thresholds of survey results (section "SurveyResults", in workflows/survey-results.json).</summary>
public sealed class SurveyResultsOptions
{
    public const string Section = "SurveyResults";

    /// <summary>No threshold may be set below this: a group of two can tell each other's answers apart.</summary>
    public const int AbsoluteMinimum = 3;

    /// <summary>Fewest respondents a group needs before its scores are shown.</summary>
    public int MinGroupForScores { get; set; } = 5;

    /// <summary>Fewest respondents a group needs before its comments are shown (comments identify more easily than scores).</summary>
    public int MinGroupForComments { get; set; } = 10;
}
