using Transformation.Organisation.Lookup;
using Transformation.Platform.Security;

namespace Transformation.Organisation.Api;

/// <summary>
/// Who may see which part of the organisation. HR sees everything; a division head their own division;
/// a bureau coordinator every division of their own bureau. "Own" is where the caller's entry in the
/// current roster is, so someone who moved loses the old view with the next import.
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

        return (caller.IsIn(Roles.DivisionHead) && me.DivisionCode == divisionCode)
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
