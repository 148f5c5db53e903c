namespace Transformation.Surveys.Results;

/// <summary>Why a group's results are not shown: the words its head is told must be true.</summary>
public enum SuppressionReason
{
    /// <summary>Fewer respondents than <see cref="SurveyResultsOptions.MinGroupForScores"/> (none at all included).</summary>
    TooFewRespondents,

    /// <summary>
    /// Enough respondents, hidden so that another, smaller group cannot be worked out by subtracting published
    /// results (complementary suppression).
    /// </summary>
    ProtectsAnotherGroup,
}
