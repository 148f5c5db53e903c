namespace Transformation.CareSheets.Approval;

/// <summary>The external event raised to a sheet version's orchestration. The facts live on the sheet; the signal only wakes the workflow.</summary>
public sealed record SheetSignal(SignalKind Kind)
{
    public const string EventName = "CareSheetSignal";
}
