using System.Text.Json;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Surveys.Api;

/// <summary>Reads { scores, comments } as text values, so one rule set checks both the pages and the API.</summary>
internal static class SurveyJson
{
    /// <summary>The body's answers; the bytes were already checked as UTF-8 JSON (<see cref="JsonBody"/>).</summary>
    public static (List<KeyValuePair<string, string?>> Scores, List<KeyValuePair<string, string?>> Comments, List<FieldError> Errors) Read(
        JsonElement root)
    {
        var scores = new List<KeyValuePair<string, string?>>();
        var comments = new List<KeyValuePair<string, string?>>();
        var errors = new List<FieldError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("body", new Text("本文は { \"scores\": {…}, \"comments\": {…} } の形式で送信してください。",
                "The body must be { \"scores\": {…}, \"comments\": {…} }.")));
            return (scores, comments, errors);
        }

        Collect(root, "scores", scores, errors, numbers: true);
        Collect(root, "comments", comments, errors, numbers: false);
        return (scores, comments, errors);
    }

    private static void Collect(JsonElement root, string name, List<KeyValuePair<string, string?>> into, List<FieldError> errors, bool numbers)
    {
        if (!root.TryGetProperty(name, out var section) || section.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (section.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError(name, new Text($"「{name}」はオブジェクトで指定してください。", $"'{name}' must be an object.")));
            return;
        }

        foreach (var property in section.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    into.Add(new(property.Name, null));
                    break;
                case JsonValueKind.Number when numbers:
                    into.Add(new(property.Name, property.Value.GetRawText()));
                    break;
                case JsonValueKind.String when !numbers:
                    into.Add(new(property.Name, property.Value.GetString()));
                    break;
                default:
                    errors.Add(new FieldError($"{name}.{property.Name}", numbers
                        ? new Text($"設問{property.Name}の回答は1から5の数値で指定してください。", $"The answer to {property.Name} must be a number from 1 to 5.")
                        : new Text($"「{property.Name}」の自由記述は文字列で指定してください。", $"The comment for '{property.Name}' must be a string.")));
                    break;
            }
        }
    }
}
