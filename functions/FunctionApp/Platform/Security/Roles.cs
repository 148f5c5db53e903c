namespace Transformation.Platform.Security;

/// <summary>The app roles of the Entra app registration. The values are what tokens carry in their "roles" claim.</summary>
public static class Roles
{
    public const string HrAdmin = "hr.admin";
    public const string Employee = "employee";
    public const string DivisionHead = "division.head";
    public const string BureauCoordinator = "bureau.coordinator";
    public const string Judge = "judge";

    /// <summary>The health office (健康管理室): sees the doctor's-interview flags only, never requests or totals.</summary>
    public const string HealthOffice = "health.office";

    /// <summary>
    /// Every role as an [Authorize] list: routes any signed-in member of staff may call,
    /// where the check that matters comes after (whose sheet, which entry).
    /// </summary>
    public const string AnyStaff = HrAdmin + "," + Employee + "," + DivisionHead + "," + BureauCoordinator + "," + Judge + "," + HealthOffice;

    public static readonly IReadOnlyList<string> All = [HrAdmin, Employee, DivisionHead, BureauCoordinator, Judge, HealthOffice];
}
