namespace Transformation.CareSheets.Approval;

/// <summary>The action-link purpose of sheet approvals.</summary>
public static class CareSheetLinks
{
    public const string Purpose = "caresheet.approve";
}
