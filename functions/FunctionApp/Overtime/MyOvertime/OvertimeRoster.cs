using Transformation.Organisation.Lookup;

namespace Transformation.Overtime.MyOvertime;

/// <summary>The current roster for the overtime pages: names, who supervises whom, who may read a day. Null before any import.</summary>
public sealed class OvertimeRoster(RosterDirectory roster)
{
    public async Task<RosterIndex?> IndexAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await roster.GetIndexAsync(cancellationToken: cancellationToken);
        }
        catch (RosterSnapshotNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The person's name, or their staff id when they have left the roster.</summary>
    public static string NameOf(RosterIndex? index, string staffId) => index?.Person(staffId)?.Name ?? staffId;

    /// <summary>Whether anyone in the roster has <paramref name="staffId"/> as their supervisor.</summary>
    public static bool Supervises(RosterIndex? index, string staffId) =>
        index?.Staff.Any(p => p.SupervisorId == staffId) == true;
}
