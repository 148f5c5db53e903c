namespace Transformation.Platform.Security;

/// <summary>The app roles of the Entra app registration. The values are what tokens carry in their "roles" claim.</summary>
public static class Roles
{
    public const string HrAdmin = "hr.admin";
    public const string Employee = "employee";
    public const string DivisionHead = "division.head";
    public const string BureauCoordinator = "bureau.coordinator";
    public const string Judge = "judge";

    public static readonly IReadOnlyList<string> All = [HrAdmin, Employee, DivisionHead, BureauCoordinator, Judge];
}
