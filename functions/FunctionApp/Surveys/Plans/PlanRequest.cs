using System.Globalization;

namespace Transformation.Surveys.Plans;

/// <summary>The JSON body of PUT /api/surveys/{cycleId}/plans/{divisionCode}.</summary>
public sealed record PlanRequest(IReadOnlyList<TargetRequest>? Targets, IReadOnlyList<ActionRequest>? Actions)
{
    public PlanInput ToInput() => new(
        (Targets ?? []).Select(t => new TargetInput(t?.ItemId, t?.Target?.ToString("R", CultureInfo.InvariantCulture))).ToList(),
        (Actions ?? []).Select(a => new ActionInput(a?.Description, a?.Owner, a?.Due, a?.Status)).ToList());
}
