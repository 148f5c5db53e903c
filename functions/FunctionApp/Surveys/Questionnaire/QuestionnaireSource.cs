using Microsoft.Extensions.Options;
using Transformation.Platform.Localization;

namespace Transformation.Surveys.Questionnaire;

/// <summary>The questionnaire in force, built once from the checked file (see <see cref="QuestionnaireValidation"/>).</summary>
public sealed class QuestionnaireSource
{
    private readonly Dictionary<string, SurveyItem> _items;

    public QuestionnaireSource(IOptions<QuestionnaireOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Current = Build(options.Value);
        _items = Current.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public SurveyQuestionnaire Current { get; }

    public SurveyItem? Item(string id) => _items.GetValueOrDefault(id);

    public SurveyCategory? Category(string? id) => Current.Categories.FirstOrDefault(c => c.Id == id);

    /// <summary>Builds the model from a file that passed validation; categories in the order they are answered.</summary>
    public static SurveyQuestionnaire Build(QuestionnaireOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = QuestionnaireValidation.Check(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        }

        var categories = options.Categories
            .OrderBy(c => QuestionnaireValidation.KnownCategories.ToList().IndexOf(c.Id!))
            .Select(c => new SurveyCategory(c.Id!, new Text(c.Ja!, c.En!),
                c.Items.Select(i => new SurveyItem(i.Id!, c.Id!, new Text(i.Ja!, i.En!))).ToList()))
            .ToList();
        return new SurveyQuestionnaire(options.Version!, categories);
    }
}
