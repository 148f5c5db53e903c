namespace Transformation.Surveys.Questionnaire;

/// <summary>
/// One version of the questionnaire (about 60 items in three categories). Items keep their ids across years so
/// results compare year on year; a changed statement gets a new id.
/// </summary>
public sealed record SurveyQuestionnaire(string Version, IReadOnlyList<SurveyCategory> Categories)
{
    public IEnumerable<SurveyItem> Items => Categories.SelectMany(c => c.Items);
}
