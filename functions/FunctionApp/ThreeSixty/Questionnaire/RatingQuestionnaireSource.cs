using Microsoft.Extensions.Options;
using Transformation.Platform.Localization;

namespace Transformation.ThreeSixty.Questionnaire;

/// <summary>The 360 questionnaire in force, built once from the checked file.</summary>
public sealed class RatingQuestionnaireSource(IOptions<RatingQuestionnaireOptions> options)
{
    public RatingQuestionnaire Current { get; } = Build(options.Value);

    /// <summary>Builds the model from a file that passed validation; categories in the order they are rated.</summary>
    public static RatingQuestionnaire Build(RatingQuestionnaireOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = RatingQuestionnaireValidation.Check(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        }

        var order = RatingQuestionnaireValidation.KnownCategories.ToList();
        var categories = options.Categories
            .OrderBy(c => order.IndexOf(c.Id!))
            .Select(c => new RatingCategory(c.Id!, new Text(c.Ja!, c.En!),
                c.Items.Select(i => new RatingItem(i.Id!, c.Id!, new Text(i.Ja!, i.En!))).ToList()))
            .ToList();
        return new RatingQuestionnaire(options.Version!, categories);
    }
}
