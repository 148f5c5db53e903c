using System.Globalization;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Surveys.Plans;

/// <summary>
/// Checks a plan before anything is written. Targets must be items of the questionnaire, each at most once,
/// with a target score between 1 and 5 that is above this cycle's mean for the division (a target at or below
/// where the division already is measures nothing). When the division's results were suppressed there is no
/// baseline and only the 1–5 range applies. Actions need a description, an owner, a due date within two
/// years of the plan's start, and a known status.
/// </summary>
public static class PlanValidator
{
    public static PlanValidation Validate(PlanInput input, PlanRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<FieldError>();
        var targets = new List<PlanTarget>();
        var actions = new List<PlanAction>();

        if (input.Targets.Count == 0)
        {
            errors.Add(new("targets", new Text("改善の対象とする設問を1つ以上選んでください。", "Choose at least one item to improve.")));
        }
        else if (input.Targets.Count > PlanRules.MaxTargets)
        {
            errors.Add(new("targets", new Text($"対象の設問は{PlanRules.MaxTargets}個までです。", $"At most {PlanRules.MaxTargets} items can be targeted.")));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Targets.Count; i++)
        {
            var target = input.Targets[i];
            var itemField = $"targets[{i}].itemId";
            var scoreField = $"targets[{i}].target";
            var itemId = target.ItemId?.Trim();
            if (string.IsNullOrEmpty(itemId) || !rules.ItemIds.Contains(itemId))
            {
                errors.Add(new(itemField, new Text("調査票の設問を選んでください。", "Choose an item of the questionnaire.")));
                itemId = null;
            }
            else if (!seen.Add(itemId))
            {
                errors.Add(new(itemField, new Text("同じ設問が2回選ばれています。", "This item is already targeted.")));
            }

            if (!double.TryParse(target.Target?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || double.IsNaN(score))
            {
                errors.Add(new(scoreField, new Text("目標値を数値で入力してください（例：3.5）。", "Enter the target score as a number (e.g. 3.5).")));
                continue;
            }

            if (score is < 1 or > 5)
            {
                errors.Add(new(scoreField, new Text("目標値は1から5の間で入力してください。", "The target score must be between 1 and 5.")));
                continue;
            }

            if (itemId is not null && rules.Baseline.TryGetValue(itemId, out var baseline) && score <= Math.Round(baseline, 2))
            {
                var shown = baseline.ToString("0.00", CultureInfo.InvariantCulture);
                errors.Add(new(scoreField, new Text($"目標値は今回の平均（{shown}）より高くしてください。", $"The target must be above this year's mean ({shown}).")));
                continue;
            }

            if (itemId is not null)
            {
                targets.Add(new PlanTarget(itemId, Math.Round(score, 2)));
            }
        }

        if (input.Actions.Count == 0)
        {
            errors.Add(new("actions", new Text("取組を1つ以上入力してください。", "Enter at least one action.")));
        }
        else if (input.Actions.Count > PlanRules.MaxActions)
        {
            errors.Add(new("actions", new Text($"取組は{PlanRules.MaxActions}個までです。", $"At most {PlanRules.MaxActions} actions.")));
        }

        for (var i = 0; i < input.Actions.Count; i++)
        {
            if (CheckAction(input.Actions[i], i, rules, errors) is { } action)
            {
                actions.Add(action);
            }
        }

        return errors.Count == 0 ? new PlanValidation(new PlanContent(targets, actions), []) : new PlanValidation(null, errors);
    }

    /// <summary>Checks a progress report against the plan it is about.</summary>
    public static IReadOnlyList<FieldError> ValidateProgress(IReadOnlyList<(int Action, string? Status, string? Note)> reports, int actionCount)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var errors = new List<FieldError>();
        if (reports.Count == 0)
        {
            errors.Add(new("actions", new Text("進捗を報告する取組を1つ以上指定してください。", "Report on at least one action.")));
        }

        for (var i = 0; i < reports.Count; i++)
        {
            var (action, status, note) = reports[i];
            if (action < 0 || action >= actionCount)
            {
                errors.Add(new($"actions[{i}].action", new Text("計画にない取組です。", "There is no such action in the plan.")));
            }

            if (PlanLabels.ParseStatus(status) is null)
            {
                errors.Add(new($"actions[{i}].status", StatusError));
            }

            if (note is { Length: > PlanRules.MaxNote })
            {
                errors.Add(new($"actions[{i}].note", new Text($"メモは{PlanRules.MaxNote}文字以内です。",
                    $"The note is at most {PlanRules.MaxNote} characters.")));
            }
        }

        return errors;
    }

    private static readonly Text StatusError = new("状況は 未着手・実施中・完了・保留・中止 のいずれかです。",
        "The status must be not-started, in-progress, done, on-hold or cancelled.");

    private static PlanAction? CheckAction(ActionInput action, int i, PlanRules rules, List<FieldError> errors)
    {
        var before = errors.Count;
        var description = action.Description?.Trim() ?? "";
        var owner = action.Owner?.Trim() ?? "";
        if (description.Length == 0)
        {
            errors.Add(new($"actions[{i}].description", new Text("取組の内容を入力してください。", "Describe the action.")));
        }
        else if (description.Length > PlanRules.MaxDescription)
        {
            errors.Add(new($"actions[{i}].description", new Text($"内容は{PlanRules.MaxDescription}文字以内です。",
                $"At most {PlanRules.MaxDescription} characters.")));
        }

        if (owner.Length == 0)
        {
            errors.Add(new($"actions[{i}].owner", new Text("担当者（氏名または職員番号）を入力してください。", "Enter the owner (a name or a staff id).")));
        }
        else if (owner.Length > PlanRules.MaxOwner)
        {
            errors.Add(new($"actions[{i}].owner", new Text($"担当者は{PlanRules.MaxOwner}文字以内です。", $"At most {PlanRules.MaxOwner} characters.")));
        }

        var dueField = $"actions[{i}].due";
        if (!DateOnly.TryParseExact(action.Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            errors.Add(new(dueField, new Text("期限を日付で入力してください（例：2026-09-30）。", "Enter the due date as a date (e.g. 2026-09-30).")));
        }
        else if (due < rules.EarliestDue || due > rules.LatestDue)
        {
            var from = rules.EarliestDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = rules.LatestDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            errors.Add(new(dueField, new Text($"期限は{from}から{to}の間にしてください。", $"The due date must be between {from} and {to}.")));
        }

        var status = string.IsNullOrWhiteSpace(action.Status) ? PlanActionStatus.NotStarted : PlanLabels.ParseStatus(action.Status);
        if (status is null)
        {
            errors.Add(new($"actions[{i}].status", StatusError));
        }

        return errors.Count == before ? new PlanAction(description, owner, due, status!.Value) : null;
    }
}
