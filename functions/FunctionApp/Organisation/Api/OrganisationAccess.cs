using Transformation.Organisation.Lookup;
using Transformation.Platform.Security;

namespace Transformation.Organisation.Api;

/// <summary>
/// Who may see which part of the organisation. HR sees everything; a division head the divisions the current
/// roster makes them head of; a bureau coordinator every division of the bureau the current roster places them
/// in. Someone who moved loses the old view with the next import, and a former head gains none in the new division.
/// </summary>
public static class OrganisationAccess
{
    public static bool MaySeePerson(Caller caller, string staffId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsIn(Roles.HrAdmin) || string.Equals(caller.StaffId, staffId, StringComparison.Ordinal);
    }

    public static bool MaySeeDivision(Caller caller, RosterIndex current, string divisionCode)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(current);
        if (caller.IsIn(Roles.HrAdmin))
        {
            return true;
        }

        var me = current.Person(caller.StaffId);
        if (me is null)
        {
            return false;
        }

        return (caller.IsIn(Roles.DivisionHead) && current.Division(divisionCode)?.Head.StaffId == caller.StaffId)
            || (caller.IsIn(Roles.BureauCoordinator) && current.Division(divisionCode)?.Division.BureauCode == me.BureauCode);
    }

    public static bool MaySeeBureau(Caller caller, RosterIndex current, string bureauCode)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(current);
        return caller.IsIn(Roles.HrAdmin)
            || (caller.IsIn(Roles.BureauCoordinator) && current.Person(caller.StaffId)?.BureauCode == bureauCode);
    }
}
