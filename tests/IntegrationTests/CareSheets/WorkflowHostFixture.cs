namespace Transformation.Tests.CareSheets;

/// <summary>Production-like deadlines (days away), so no reminder interferes with a test.</summary>
public sealed class WorkflowHostFixture : CareSheetHostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["CareSheets__ReminderAfter"] = "3 business days",
        ["CareSheets__EscalateAfter"] = "5 business days",
    };
}
