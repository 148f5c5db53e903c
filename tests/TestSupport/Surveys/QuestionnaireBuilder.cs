using Transformation.Platform.Localization;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Tests.Support.Surveys;

/// <summary>Small questionnaires: categories named by id, items work-1, work-2 … numbered within their category.</summary>
public sealed class QuestionnaireBuilder
{
    private readonly List<SurveyCategory> _categories = [];
    private string _version = "2026";

    public static SurveyQuestionnaire Standard(int itemsPerCategory = 3) => new QuestionnaireBuilder()
        .Category("work", "仕事", "Work", itemsPerCategory)
        .Category("workplace", "職場", "Workplace", itemsPerCategory)
        .Category("organisation", "組織", "Organisation", itemsPerCategory)
        .Build();

    public QuestionnaireBuilder Version(string version)
    {
        _version = version;
        return this;
    }

    public QuestionnaireBuilder Category(string id, string ja, string en, int items)
    {
        _categories.Add(new SurveyCategory(id, new Text(ja, en), Enumerable.Range(1, items)
            .Select(i => new SurveyItem($"{id}-{i}", id, new Text($"{ja}の設問{i}", $"{en} statement {i}")))
            .ToList()));
        return this;
    }

    public SurveyQuestionnaire Build() => new(_version, _categories);
}
