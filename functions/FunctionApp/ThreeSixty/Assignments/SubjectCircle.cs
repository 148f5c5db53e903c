using Transformation.Organisation;

namespace Transformation.ThreeSixty.Assignments;

/// <summary>
/// The people who rate one subject, by group. Each person is in one group only, in this order of precedence:
/// self, supervisor, subordinate, peer (a nominated peer who is also a subordinate rates as a subordinate).
/// </summary>
public sealed record SubjectCircle(
    string SubjectId, string? SupervisorId, IReadOnlyList<string> Subordinates, IReadOnlyList<string> Peers)
{
    /// <summary>The circle from the roster: the roster supervisor if in the snapshot, every direct report, and the peers given.</summary>
    public static SubjectCircle For(StaffMember subject, RosterRelations roster, IEnumerable<string> peers)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(peers);
        var supervisor = roster.SupervisorOf(subject)?.StaffId;
        var subordinates = roster.ReportsOf(subject.StaffId).Select(s => s.StaffId).ToList();
        var taken = new HashSet<string>(subordinates, StringComparer.Ordinal) { subject.StaffId };
        if (supervisor is not null)
        {
            taken.Add(supervisor);
        }

        var kept = new List<string>();
        foreach (var peer in peers)
        {
            // A peer who left the snapshot has no address to be invited at; one already in a group keeps that group.
            if (roster.Person(peer) is not null && taken.Add(peer))
            {
                kept.Add(peer);
            }
        }

        return new SubjectCircle(subject.StaffId, supervisor, subordinates, kept);
    }

    /// <summary>Everyone in the circle with their group, self first.</summary>
    public IEnumerable<(string RaterId, RaterGroup Group)> Raters()
    {
        yield return (SubjectId, RaterGroup.Self);
        if (SupervisorId is { } supervisor)
        {
            yield return (supervisor, RaterGroup.Supervisor);
        }

        foreach (var subordinate in Subordinates)
        {
            yield return (subordinate, RaterGroup.Subordinate);
        }

        foreach (var peer in Peers)
        {
            yield return (peer, RaterGroup.Peer);
        }
    }
}
