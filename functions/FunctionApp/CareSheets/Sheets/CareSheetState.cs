namespace Transformation.CareSheets.Sheets;

/// <summary>Where a sheet stands. Pending is the only state a decision can be made in.</summary>
public enum CareSheetState
{
    Pending,
    Returned,
    Approved,
    Declined,
    Withdrawn,
    Ended,
}
