namespace Transformation.Surveys.Questionnaire;

/// <summary>The questionnaire as written in workflows/survey-questionnaire.json (section "Surveys:Questionnaire").</summary>
public sealed class QuestionnaireOptions
{
    public const string Section = "Surveys:Questionnaire";

    /// <summary>Stored with every answer, so results of different versions are never mixed by accident.</summary>
    public string? Version { get; set; }

    public IList<QuestionnaireCategoryOptions> Categories { get; } = new List<QuestionnaireCategoryOptions>();
}
