namespace Transformation.CareSheets.Storage;

/// <summary>The actions written to the audit trail.</summary>
public static class AuditActions
{
    public const string Submit = "submit";
    public const string Revise = "revise";
    public const string Read = "read";
    public const string Decide = "decide";
    public const string Withdraw = "withdraw";
    public const string Escalate = "escalate";
    public const string End = "end";
}
