using System.Text.Json;

namespace Transformation.TeamUp.Entries;

/// <summary>A row of work to stop in JSON; the hours may come as a number (12.5) or as text ("12.5").</summary>
public sealed record StopWorkRequest(string? Task, string? Reason, JsonElement? HoursPerMonth)
{
    public string? HoursText() => HoursPerMonth switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } or null => null,
        { } other => other.GetRawText(),
    };
}
