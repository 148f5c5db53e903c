using Transformation.Platform.Security;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// Who may read and decide a sheet. Reading: its owner, anyone who has been on its route, and HR; nobody
/// else, whatever their rank (a division head of another division included). Deciding: only an approver
/// on the current version's route, while it is pending.
/// </summary>
public static class CareSheetAccess
{
    public static bool MayRead(Caller caller, CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(sheet);
        return caller.StaffId == sheet.OwnerId || sheet.Route.Contains(caller.StaffId) || caller.IsIn(Roles.HrAdmin);
    }

    public static bool MayDecide(Caller caller, CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.Approvers.Contains(caller.StaffId) && caller.StaffId != sheet.OwnerId;
    }

    public static bool IsOwner(Caller caller, CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(sheet);
        return caller.StaffId == sheet.OwnerId;
    }

    /// <summary>A sheet the owner may still revise: pending or returned.</summary>
    public static bool CanRevise(CareSheet sheet) => sheet?.State is CareSheetState.Pending or CareSheetState.Returned;

    /// <summary>A state the owner can still change their mind in.</summary>
    public static bool CanWithdraw(CareSheet sheet) =>
        sheet?.State is CareSheetState.Pending or CareSheetState.Returned or CareSheetState.Approved;
}
