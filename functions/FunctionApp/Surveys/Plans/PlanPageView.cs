using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Surveys.Plans;

/// <summary>A division's improvement plan page: the form for its head, read-only for HR and the bureau's coordinators.</summary>
/// <param name="Deadline">When plans are due, written for the reader in Japan time.</param>
/// <param name="Notice">What the last post did (after its redirect).</param>
/// <param name="Effect">The plan's effect a year on, when the next cycle's results are stored.</param>
/// <param name="Editor">The forms, for the division's head; null for a reader.</param>
/// <param name="Plan">The plan as stored, for a reader's tables.</param>
public sealed record PlanPageView(
    string BureauName,
    string DivisionName,
    string HeadName,
    Text Deadline,
    PlanStanding Standing,
    Text? Notice,
    PlanEffectSection? Effect,
    PlanEditor? Editor,
    PlanView Plan,
    IReadOnlyList<PlanProgressEntry> History);

/// <summary>The effect of the plan on its targeted items, in the next cycle's results.</summary>
/// <param name="Note">Why the effect cannot be read (results not shown), in the reader's language.</param>
public sealed record PlanEffectSection(string NextCycleId, string? Note, IReadOnlyList<EffectRowView> Rows);

/// <summary>What the head's forms need: the plan form (targets and actions) and, once it has actions, the progress form.</summary>
/// <param name="ItemChoices">The questionnaire's items, each with this year's mean when the division's results are shown.</param>
/// <param name="ResultsShown">Whether the division's results (and so the means) are shown.</param>
/// <param name="ProgressActions">The stored plan's actions, one progress row each (empty: no progress form).</param>
public sealed record PlanEditor(
    CsrfField Csrf,
    FormState Form,
    IReadOnlyList<Choice> ItemChoices,
    bool ResultsShown,
    int ActionRows,
    IReadOnlyList<string> ProgressActions);

/// <summary>One progress report as the page lists it.</summary>
public sealed record PlanProgressEntry(Text ReportedAt, IReadOnlyList<ActionProgress> Actions);

/// <summary>HR's (or a bureau coordinator's) overview of where every division's plan stands.</summary>
public sealed record PlanListView(string CycleId, Text Deadline, IReadOnlyList<PlanListRow> Divisions);

/// <summary>One division in the overview, its submission time written for the reader (or "-").</summary>
public sealed record PlanListRow(PlanStatusRow Division, Text SubmittedAt);
