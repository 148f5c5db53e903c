namespace Transformation.Tests.CareSheets;

/// <summary>Production-like approval deadlines (days away), so no reminder interferes with a test; the review comes at once.</summary>
public sealed class WorkflowHostFixture : CareSheetHostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["CareSheets__ReminderAfter"] = "3 business days",
        ["CareSheets__EscalateAfter"] = "5 business days",

        // Longer than any test sheet's period: the review request follows the approval at once.
        ["CareSheets__ReviewBefore"] = "400 days",
    };
}
