using Transformation.Platform.Security;

namespace Transformation.CareSheets.Api;

/// <summary>Who may call the sheet routes at all; which sheet they may see or decide is checked by <see cref="CareSheetAccess"/>.</summary>
public static class CareSheetRoles
{
    /// <summary>Every member of staff may submit a sheet and may be an approver.</summary>
    public const string AnyStaff = Roles.Employee + "," + Roles.DivisionHead + "," + Roles.HrAdmin + "," + Roles.BureauCoordinator + "," + Roles.Judge;
}
