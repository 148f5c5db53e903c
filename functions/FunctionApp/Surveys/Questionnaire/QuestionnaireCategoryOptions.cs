namespace Transformation.Surveys.Questionnaire;

/// <summary>One category of the questionnaire file: its id (work, workplace, organisation), its names and items.</summary>
public sealed class QuestionnaireCategoryOptions
{
    public string? Id { get; set; }

    public string? Ja { get; set; }

    public string? En { get; set; }

    public IList<QuestionnaireItemOptions> Items { get; } = new List<QuestionnaireItemOptions>();
}
