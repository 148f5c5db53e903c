namespace Transformation.CareSheets.Approval;

/// <summary>The input of one sheet version's orchestration: which version, when it was submitted, and its route from the roster snapshot.</summary>
public sealed record ApprovalRun(string SheetId, int Version, DateTime SubmittedAtUtc, string FirstApproverId, string? EscalationApproverId)
{
    /// <summary>One orchestration per sheet version; the id is derived, so starting it twice cannot make two.</summary>
    public string InstanceId => InstanceIdOf(SheetId, Version);

    public static string InstanceIdOf(string sheetId, int version) => $"caresheet-{sheetId}-v{version}";
}
