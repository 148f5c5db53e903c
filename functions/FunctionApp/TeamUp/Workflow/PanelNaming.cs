using Transformation.Organisation;
using Transformation.TeamUp.Judging;
using Transformation.TeamUp.Seasons;

namespace Transformation.TeamUp.Workflow;

/// <summary>What naming the panel came to: the outcome, and when done the season as stored, its judges and whether the workflow was woken.</summary>
public sealed record PanelNaming(JudgingOutcome Outcome, Season? Season, IReadOnlyList<StaffMember> Judges, bool Notified);
