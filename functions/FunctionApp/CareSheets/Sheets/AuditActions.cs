namespace Transformation.CareSheets.Sheets;

/// <summary>The actions written to the audit trail.</summary>
public static class AuditActions
{
    public const string Submit = "submit";
    public const string Revise = "revise";
    public const string Read = "read";

    /// <summary>Someone who may not read the sheet asked for it (403): HR can see who tried.</summary>
    public const string ReadRefused = "read-refused";

    /// <summary>
    /// The emailed approval link was opened. Not a read by the approver: mail scanners open links before people
    /// do. The approver's read is written when they act on the link (a form post a scanner cannot make).
    /// </summary>
    public const string LinkOpened = "link-opened";
    public const string Decide = "decide";
    public const string Withdraw = "withdraw";
    public const string Escalate = "escalate";
    public const string End = "end";

    /// <summary>HR sent the approvers a fresh reminder from the attention page (older links stop working).</summary>
    public const string Remind = "remind";

    /// <summary>HR gave the decision to another person (detail: who); the approvers before can no longer decide.</summary>
    public const string Reassign = "reassign";

    /// <summary>HR started the version's workflow again (it had failed, or never started).</summary>
    public const string Resume = "resume";

    /// <summary>HR raised again the event a waiting workflow had missed (the decision or withdrawal was stored).</summary>
    public const string Resignal = "resignal";
}
