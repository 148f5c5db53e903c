namespace Transformation.Tests.CareSheets;

/// <summary>Escalation in seconds, then reminders every few seconds; the stored sheet re-read every two.</summary>
public sealed class StalledSheetHostFixture : CareSheetHostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["CareSheets__ReminderAfter"] = "00:00:03",
        ["CareSheets__EscalateAfter"] = "00:00:06",
        ["CareSheets__RemindEscalatedEvery"] = "00:00:05",
        ["CareSheets__RecheckEvery"] = "00:00:02",
    };
}

/// <summary>Reminder and escalation a day away, so only the re-check of the stored sheet can find a decision within the test.</summary>
public sealed class RecheckHostFixture : CareSheetHostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["CareSheets__ReminderAfter"] = "1 days",
        ["CareSheets__EscalateAfter"] = "2 days",
        ["CareSheets__RecheckEvery"] = "00:00:02",
    };
}
