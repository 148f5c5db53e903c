namespace Transformation.CareSheets.Approval;

public enum SignalKind
{
    /// <summary>An approver's decision was recorded on the sheet (the sheet's head holds which).</summary>
    Decided,

    /// <summary>The employee withdrew the sheet.</summary>
    Withdrawn,

    /// <summary>The employee sent a new version; this version's approval ends quietly.</summary>
    Superseded,
}
