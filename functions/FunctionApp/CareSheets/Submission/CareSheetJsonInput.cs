using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using F = Transformation.CareSheets.Sheets.CareSheetFields;

namespace Transformation.CareSheets.Submission;

/// <summary>
/// Reads a sheet from a JSON body into text fields. Values of the wrong shape (an object where a number
/// belongs) are reported on their field instead of failing the whole body; bytes that are not UTF-8 JSON
/// never get this far (<see cref="JsonBody"/>).
/// </summary>
public static class CareSheetJsonInput
{
    /// <summary>The sheet from the body, or the refusal: 415/413/400 from <see cref="JsonBody"/>, 400 with field errors.</summary>
    public static async Task<(CareSheetInput? Input, IActionResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (document, refusal) = await JsonBody.ReadDocumentAsync(request, cancellationToken);
        if (document is null)
        {
            return (null, refusal);
        }

        using (document)
        {
            var (input, errors) = Read(document.RootElement);
            return input is null || errors.Count > 0
                ? (null, Problems.BadRequest(request.HttpContext, new Text("入力内容に誤りがあります。", "Some fields are not valid."), errors))
                : (input, null);
        }
    }

    private static (CareSheetInput? Input, IReadOnlyList<FieldError> Errors) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, [new FieldError("body", new Text("本文はJSONオブジェクトにしてください。", "The body must be a JSON object."))]);
        }

        var errors = new List<FieldError>();
        string? Scalar(string name) => ScalarOf(root, name, errors);
        var input = new CareSheetInput(
            Scalar(F.Kind), Years(root, errors), Scalar(F.RecipientRelationship), Scalar(F.CareLevel), Scalar(F.TeleworkDaysPerWeek),
            Scalar(F.FlexTime), Scalar(F.ShorterHours), Scalar(F.ShorterDailyHours), Scalar(F.OvertimeLimitHours), Leaves(root, errors),
            Scalar(F.TravelLimits), Scalar(F.PeriodFrom), Scalar(F.PeriodTo), Scalar(F.Note));
        return (input, errors);
    }

    private static string? ScalarOf(JsonElement parent, string name, List<FieldError> errors, string? field = null)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Null:
                return null;
            default:
                errors.Add(new FieldError(field ?? name, new Text("文字列または数値で指定してください。", "Give a string or a number.")));
                return null;
        }
    }

    private static List<string> Years(JsonElement root, List<FieldError> errors)
    {
        if (!root.TryGetProperty(F.ChildBirthYears, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return CareSheetFormInput.SplitYears(value.GetString());
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError(F.ChildBirthYears, new Text("生まれ年の配列で指定してください。", "Give an array of birth years.")));
            return [];
        }

        return [.. value.EnumerateArray().Select(y => y.ValueKind is JsonValueKind.Number or JsonValueKind.String
            ? (y.ValueKind == JsonValueKind.String ? y.GetString() ?? "" : y.GetRawText())
            : "?")];
    }

    private static List<LeaveInput> Leaves(JsonElement root, List<FieldError> errors)
    {
        if (!root.TryGetProperty(F.LeavePeriods, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError(F.LeavePeriods,
                new Text("休暇の予定は {\"from\",\"to\"} の配列で指定してください。", "Give leave periods as an array of {\"from\",\"to\"}.")));
            return [];
        }

        var leaves = new List<LeaveInput>();
        var index = 0;
        foreach (var leave in value.EnumerateArray())
        {
            if (leave.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new FieldError(F.LeaveFrom(index),
                    new Text("休暇の予定は {\"from\",\"to\"} で指定してください。", "Give a leave period as {\"from\",\"to\"}.")));
                leaves.Add(new LeaveInput(null, null));
            }
            else
            {
                leaves.Add(new LeaveInput(ScalarOf(leave, "from", errors, F.LeaveFrom(index)), ScalarOf(leave, "to", errors, F.LeaveTo(index))));
            }

            index++;
        }

        return leaves;
    }
}
