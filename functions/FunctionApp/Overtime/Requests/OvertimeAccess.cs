using Transformation.Organisation.Lookup;
using Transformation.Platform.Security;

namespace Transformation.Overtime.Requests;

/// <summary>
/// Who may read a person's overtime: the person, the supervisors in their chain (from the current roster) and HR. The health
/// office sees interview flags only, never requests or totals. A read by anyone but the person is audited (<see cref="OvertimeAudit"/>).
/// </summary>
public static class OvertimeAccess
{
    public static bool MayRead(Caller caller, string staffId, RosterIndex roster)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(roster);
        return caller.StaffId == staffId || caller.IsIn(Roles.HrAdmin) || InChain(caller.StaffId, staffId, roster);
    }

    public static bool IsSelf(Caller caller, string staffId) => caller?.StaffId == staffId;

    private static bool InChain(string readerId, string staffId, RosterIndex roster) =>
        roster.SupervisorChain(staffId)?.Any(p => p.StaffId == readerId) == true;
}
