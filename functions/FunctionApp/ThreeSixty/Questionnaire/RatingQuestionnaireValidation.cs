using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Transformation.ThreeSixty.Questionnaire;

/// <summary>Checks the 360 questionnaire file at start-up and names every fault, so a bad edit stops the app before a round opens.</summary>
public sealed partial class RatingQuestionnaireValidation : IValidateOptions<RatingQuestionnaireOptions>
{
    /// <summary>The five categories of the ministry's 360 survey, in the order they are rated.</summary>
    public static readonly IReadOnlyList<string> KnownCategories = ["vision", "development", "communication", "management", "workstyle"];

    private const string Where = "Setting " + RatingQuestionnaireOptions.Section;

    public ValidateOptionsResult Validate(string? name, RatingQuestionnaireOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IReadOnlyList<string> Check(RatingQuestionnaireOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Version))
        {
            errors.Add($"{Where}:Version is missing (the file workflows/three-sixty-questionnaire.json).");
        }

        var missing = KnownCategories.Except(options.Categories.Select(c => c.Id ?? ""), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"{Where}: the categories {string.Join(", ", missing)} are missing.");
        }

        var categoryIds = new HashSet<string>(StringComparer.Ordinal);
        var itemIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in options.Categories)
        {
            CheckCategory(category, categoryIds, itemIds, errors);
        }

        return errors;
    }

    private static void CheckCategory(RatingCategoryOptions category, HashSet<string> categoryIds, HashSet<string> itemIds, List<string> errors)
    {
        var id = category.Id ?? "";
        if (!KnownCategories.Contains(id))
        {
            errors.Add($"{Where}: category '{id}' is not one of {string.Join(", ", KnownCategories)}.");
        }
        else if (!categoryIds.Add(id))
        {
            errors.Add($"{Where}: category '{id}' appears twice.");
        }

        if (string.IsNullOrWhiteSpace(category.Ja) || string.IsNullOrWhiteSpace(category.En))
        {
            errors.Add($"{Where}: category '{id}' needs a Japanese (Ja) and an English (En) name.");
        }

        if (category.Items.Count == 0)
        {
            errors.Add($"{Where}: category '{id}' has no items.");
        }

        foreach (var item in category.Items)
        {
            var itemId = item.Id ?? "";
            if (!ItemId().IsMatch(itemId))
            {
                errors.Add($"{Where}: item id '{itemId}' in category '{id}' must be a capital letter and two digits (e.g. V01).");
            }
            else if (!itemIds.Add(itemId))
            {
                errors.Add($"{Where}: item id '{itemId}' is used more than once.");
            }

            if (string.IsNullOrWhiteSpace(item.Ja) || string.IsNullOrWhiteSpace(item.En))
            {
                errors.Add($"{Where}: item '{itemId}' needs a statement in Japanese (Ja) and in English (En).");
            }
        }
    }

    [GeneratedRegex("^[A-Z][0-9]{2}$")]
    private static partial Regex ItemId();
}
