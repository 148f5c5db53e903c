using Transformation.Platform.Localization;
using Transformation.Surveys.Results;

namespace Transformation.Surveys.Plans;

/// <summary>
/// Did the measures work? Each targeted item of a plan beside next cycle's result for the same division.
/// When next year's group is suppressed nothing can be said (and nothing is inferred): every row is
/// "not available" with <see cref="Note"/> saying why.
/// </summary>
public sealed record PlanEffect(string CycleId, string NextCycleId, string DivisionCode, bool NextShown, Text? Note, IReadOnlyList<EffectRow> Rows)
{
    public static readonly Text SuppressedNote = new(
        "翌年度のこの課室の結果は匿名性を守るため表示されていないので、効果を確認できません。",
        "Next year's results of this division are not shown, to protect anonymity, so the effect cannot be measured.");

    public static readonly Text MissingNote = new(
        "翌年度の結果にこの課室がありません（組織改編など）。",
        "This division is not in next year's results (e.g. after a reorganisation).");

    /// <summary>
    /// Compares with means rounded to two decimals, as they are shown: a mean displayed as 3.80 meets a target of 3.8.
    /// </summary>
    public static PlanEffect Compute(ImprovementPlan plan, GroupResult? baseline, GroupResult? next, string nextCycleId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var shown = next is { ScoresShown: true };
        var rows = plan.Content.Targets.Select(t =>
        {
            var before = baseline is { ScoresShown: true } ? Rounded(baseline.Item(t.ItemId)?.Mean) : null;
            var after = shown ? Rounded(next!.Item(t.ItemId)?.Mean) : null;
            var change = before is not null && after is not null ? Math.Round(after.Value - before.Value, 2) : (double?)null;
            var outcome = after is null ? EffectOutcome.NotAvailable : after.Value >= t.Target ? EffectOutcome.Met : EffectOutcome.NotMet;
            return new EffectRow(t.ItemId, before, t.Target, after, change, outcome);
        }).ToList();
        var note = next is null ? MissingNote : shown ? null : SuppressedNote;
        return new PlanEffect(plan.CycleId, nextCycleId, plan.DivisionCode, shown, note, rows);
    }

    private static double? Rounded(double? value) => value is null ? null : Math.Round(value.Value, 2);
}
