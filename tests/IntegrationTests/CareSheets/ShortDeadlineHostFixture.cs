namespace Transformation.Tests.CareSheets;

/// <summary>Deadlines of seconds (plain time spans), set in the settings; the engine's clock is the real one.</summary>
public sealed class ShortDeadlineHostFixture : CareSheetHostFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["CareSheets__ReminderAfter"] = "00:00:04",
        ["CareSheets__EscalateAfter"] = "00:00:09",
    };
}
