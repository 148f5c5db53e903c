using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Transformation.Surveys.Questionnaire;

/// <summary>
/// Checks the questionnaire file at start-up and names every fault (file section, category, item id), so a
/// bad edit stops the app before anyone is invited instead of surfacing as a broken survey page.
/// </summary>
public sealed partial class QuestionnaireValidation : IValidateOptions<QuestionnaireOptions>
{
    /// <summary>The three categories of the ministry's survey, in the order they are answered.</summary>
    public static readonly IReadOnlyList<string> KnownCategories = ["work", "workplace", "organisation"];

    public ValidateOptionsResult Validate(string? name, QuestionnaireOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IReadOnlyList<string> Check(QuestionnaireOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string where = "Setting " + QuestionnaireOptions.Section;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Version))
        {
            errors.Add($"{where}:Version is missing (the questionnaire file workflows/survey-questionnaire.json).");
        }

        if (options.Categories.Count == 0)
        {
            errors.Add($"{where}:Categories is empty: the questionnaire file workflows/survey-questionnaire.json is missing or has no categories.");
        }

        var categoryIds = new HashSet<string>(StringComparer.Ordinal);
        var itemIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in options.Categories)
        {
            var id = category.Id ?? "";
            if (!KnownCategories.Contains(id))
            {
                errors.Add($"{where}: category '{id}' is not one of {string.Join(", ", KnownCategories)}.");
            }
            else if (!categoryIds.Add(id))
            {
                errors.Add($"{where}: category '{id}' appears twice.");
            }

            if (string.IsNullOrWhiteSpace(category.Ja) || string.IsNullOrWhiteSpace(category.En))
            {
                errors.Add($"{where}: category '{id}' needs a Japanese (Ja) and an English (En) name.");
            }

            if (category.Items.Count == 0)
            {
                errors.Add($"{where}: category '{id}' has no items.");
            }

            foreach (var item in category.Items)
            {
                var itemId = item.Id ?? "";
                if (!ItemId().IsMatch(itemId))
                {
                    errors.Add($"{where}: item id '{itemId}' in category '{id}' must be a capital letter and two or three digits (e.g. W01).");
                }
                else if (!itemIds.Add(itemId))
                {
                    errors.Add($"{where}: item id '{itemId}' is used more than once; ids must be unique so results compare year on year.");
                }

                if (string.IsNullOrWhiteSpace(item.Ja) || string.IsNullOrWhiteSpace(item.En))
                {
                    errors.Add($"{where}: item '{itemId}' needs a statement in Japanese (Ja) and in English (En).");
                }
            }
        }

        return errors;
    }

    [GeneratedRegex("^[A-Z][0-9]{2,3}$")]
    private static partial Regex ItemId();
}
