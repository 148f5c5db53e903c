namespace Transformation.CareSheets.Sheets;

public enum CareSheetKind
{
    /// <summary>育児シート</summary>
    Childcare,

    /// <summary>介護シート</summary>
    Caregiving,
}
