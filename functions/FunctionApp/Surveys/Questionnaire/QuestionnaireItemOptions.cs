namespace Transformation.Surveys.Questionnaire;

/// <summary>One item of the questionnaire file: a stable id (e.g. W01) and its statement in both languages.</summary>
public sealed class QuestionnaireItemOptions
{
    public string? Id { get; set; }

    public string? Ja { get; set; }

    public string? En { get; set; }
}
