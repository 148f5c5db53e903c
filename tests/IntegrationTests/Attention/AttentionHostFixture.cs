using Transformation.Tests.CareSheets;

namespace Transformation.Tests.Attention;

/// <summary>
/// Every pending sheet counts as waiting too long at once (Attention:WaitingLongerThan of a second), a lost event is listed
/// after two seconds, and the workflows' own reminders and re-checks are hours away, so only HR's actions move a sheet.
/// </summary>
public sealed class AttentionHostFixture : CareSheetHostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["CareSheets__ReminderAfter"] = "1 days",
        ["CareSheets__EscalateAfter"] = "2 days",
        ["CareSheets__RecheckEvery"] = "01:00:00",
        ["Attention__WaitingLongerThan"] = "00:00:01",
        ["Attention__LostEventAfter"] = "00:00:02",
    };
}
