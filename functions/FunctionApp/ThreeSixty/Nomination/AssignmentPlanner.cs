using Transformation.ThreeSixty.Assignments;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty.Nomination;

/// <summary>
/// The round's assignments once nomination is over: proposals for the subjects who did not nominate, every list
/// locked, and the plan of who rates whom as what. Deterministic and repeatable: a retried activity writes nothing
/// more and returns the same plan.
/// </summary>
public sealed class AssignmentPlanner(SubjectRoster subjects)
{
    /// <summary>Who writes the proposals and locks in the rows' "changed by".</summary>
    public const string System = "system";

    public async Task<IReadOnlyList<RaterAssignments>> PlanAsync(Round round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var rows = await subjects.SettleAllAsync(round, System, cancellationToken);
        var roster = await subjects.RelationsAsync(round, cancellationToken);
        return Plan(rows, roster);
    }

    /// <summary>The plan of settled rows: subjects removed, or gone from the snapshot, are rated by nobody.</summary>
    public static IReadOnlyList<RaterAssignments> Plan(IEnumerable<SubjectRow> rows, RosterRelations roster)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(roster);
        var circles = rows
            .Where(r => !r.Removed)
            .Select(r => roster.Person(r.SubjectId) is { } subject ? SubjectCircle.For(subject, roster, r.Peers) : null)
            .OfType<SubjectCircle>();
        return AssignmentPlan.Build(circles);
    }
}
