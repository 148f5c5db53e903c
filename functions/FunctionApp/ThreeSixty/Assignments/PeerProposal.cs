using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Transformation.Organisation;

namespace Transformation.ThreeSixty.Assignments;

/// <summary>
/// The peers the system proposes for a subject who did not nominate: the others who report to the same roster
/// supervisor, leaving out the subject and anyone already in another of the subject's groups. When there are more
/// than <c>max</c>, those of the subject's own division come first, then the rest in an order drawn from a hash of
/// (round, subject, candidate): fixed for a round (a retried plan proposes the same people), different from year to
/// year, and not alphabetical (so the same colleagues are not always the ones asked). When fewer than the minimum
/// exist, what exists is proposed: the report leaves out a group under three respondents.
/// </summary>
public static class PeerProposal
{
    public static IReadOnlyList<string> Propose(string roundId, StaffMember subject, RosterRelations roster, int max)
    {
        ArgumentNullException.ThrowIfNull(roundId);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(roster);
        if (roster.SupervisorOf(subject) is not { } supervisor || max <= 0)
        {
            // At the top of the roster nobody shares a supervisor: there is no one to propose.
            return [];
        }

        var excluded = new HashSet<string>(roster.ReportsOf(subject.StaffId).Select(s => s.StaffId), StringComparer.Ordinal)
        {
            subject.StaffId,
            supervisor.StaffId,
        };
        return [.. roster.ReportsOf(supervisor.StaffId)
            .Where(c => !excluded.Contains(c.StaffId))
            .OrderBy(c => c.DivisionCode == subject.DivisionCode ? 0 : 1)
            .ThenBy(c => Draw(roundId, subject.StaffId, c.StaffId))
            .ThenBy(c => c.StaffId, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.StaffId)];
    }

    private static ulong Draw(string roundId, string subjectId, string candidateId)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"360-peer\n{roundId}\n{subjectId}\n{candidateId}"));
        return BinaryPrimitives.ReadUInt64BigEndian(digest);
    }
}
