using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Surveys.Workflow;

/// <summary>HR's survey cycle page: this year's and last year's cycles, and what HR may do with each.</summary>
/// <param name="Launchable">The year HR may launch (no cycle of it yet); null when this year's exists.</param>
/// <param name="Notice">What the last action did (after its redirect).</param>
/// <param name="Problem">Why the last action was refused, shown above the forms.</param>
public sealed record SurveyCyclePageView(
    IReadOnlyList<SurveyCycleCard> Cycles, int? Launchable, CsrfField Csrf, Text? Notice = null, Text? Problem = null);

/// <summary>One cycle on the page, with its times already in Japan time and written for the reader.</summary>
public sealed record SurveyCycleCard(CycleView Cycle, Text? ClosesAt, Text? ClosedAt, Text? PlansDueAt, bool Open, string ExtendDefault);
