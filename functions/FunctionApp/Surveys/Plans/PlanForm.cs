using System.Globalization;
using Microsoft.AspNetCore.Http;
using Transformation.Platform.Http;
using Transformation.Platform.Pages;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Surveys.Plans;

/// <summary>
/// The plan form without script: a fixed number of target rows and action rows (blank rows are ignored).
/// Field names are the API's (targets[0].itemId …), so the validator's messages land next to their fields.
/// </summary>
public static class PlanForm
{
    public const int TargetRows = 5;
    public const int MinActionRows = 5;

    public static int ActionRows(int existing) => Math.Min(PlanRules.MaxActions, Math.Max(MinActionRows, existing + 2));

    /// <summary>The form's values for a stored plan (or an empty one).</summary>
    public static Dictionary<string, string?> Values(ImprovementPlan? plan)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["etag"] = plan?.ETag ?? "" };
        var targets = plan?.Content.Targets ?? [];
        for (var i = 0; i < targets.Count; i++)
        {
            values[$"targets[{i}].itemId"] = targets[i].ItemId;
            values[$"targets[{i}].target"] = targets[i].Target.ToString("0.##", CultureInfo.InvariantCulture);
        }

        var actions = plan?.Content.Actions ?? [];
        for (var i = 0; i < actions.Count; i++)
        {
            values[$"actions[{i}].description"] = actions[i].Description;
            values[$"actions[{i}].owner"] = actions[i].Owner;
            values[$"actions[{i}].due"] = actions[i].Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            values[$"actions[{i}].status"] = PlanLabels.Code(actions[i].Status);
            values[$"progress[{i}].status"] = PlanLabels.Code(actions[i].Status);
        }

        return values;
    }

    /// <summary>
    /// The rows that have anything in them, as a plan input, and where each came from on the form
    /// (so an error about the n-th target is shown at its row).
    /// </summary>
    public static (PlanInput Input, Func<FieldError, FieldError> ToFormField) Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string V(string name) => form[name].ToString();
        var targetRows = new List<int>();
        var targets = new List<TargetInput>();
        for (var i = 0; i < PlanRules.MaxTargets * 2 && form.ContainsKey($"targets[{i}].itemId"); i++)
        {
            var item = V($"targets[{i}].itemId");
            var score = V($"targets[{i}].target");
            if (item.Length > 0 || score.Trim().Length > 0)
            {
                targetRows.Add(i);
                targets.Add(new TargetInput(item, score));
            }
        }

        var actionRows = new List<int>();
        var actions = new List<ActionInput>();
        for (var i = 0; i < PlanRules.MaxActions * 2 && form.ContainsKey($"actions[{i}].description"); i++)
        {
            var (description, owner, due) = (V($"actions[{i}].description"), V($"actions[{i}].owner"), V($"actions[{i}].due"));
            if (description.Trim().Length > 0 || owner.Trim().Length > 0 || due.Trim().Length > 0)
            {
                actionRows.Add(i);
                actions.Add(new ActionInput(description, owner, due, V($"actions[{i}].status")));
            }
        }

        FieldError ToFormField(FieldError error)
        {
            foreach (var (prefix, rows) in new[] { ("targets", targetRows), ("actions", actionRows) })
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    var from = $"{prefix}[{i}].";
                    if (error.Field.StartsWith(from, StringComparison.Ordinal))
                    {
                        return error with { Field = $"{prefix}[{rows[i]}]." + error.Field[from.Length..] };
                    }
                }
            }

            // A whole-list error ("choose at least one") is shown at the first row.
            return error.Field switch
            {
                "targets" => error with { Field = "targets[0].itemId" },
                "actions" => error with { Field = "actions[0].description" },
                _ => error,
            };
        }

        return (new PlanInput(targets, actions), ToFormField);
    }

    /// <summary>The status of an action, for its select.</summary>
    public static IReadOnlyList<Choice> StatusChoices { get; } =
        PlanLabels.Statuses.Select(s => new Choice(PlanLabels.Code(s), PlanLabels.Of(s))).ToList();

    /// <summary>The items a target may name, each with this year's mean when the division's results are shown.</summary>
    public static IReadOnlyList<Choice> ItemChoices(SurveyQuestionnaire questionnaire, PlanScope scope)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(scope);
        var shown = scope.Results is { ScoresShown: true } ? scope.Results : null;
        var choices = new List<Choice> { new("", PlanTexts.NoItem) };
        choices.AddRange(questionnaire.Items.Select(i =>
        {
            var mean = shown?.Item(i.Id)?.Mean;
            var current = mean is null ? "" : $" [{mean.Value.ToString("0.00", CultureInfo.InvariantCulture)}]";
            return new Choice(i.Id, PlanTexts.ItemChoice.With(i.Id, i.Statement, current));
        }));
        return choices;
    }
}
