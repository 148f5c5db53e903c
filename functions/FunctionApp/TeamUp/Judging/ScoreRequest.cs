using System.Text.Json;

namespace Transformation.TeamUp.Judging;

/// <summary>
/// Body of PUT …/scores/{divisionCode}: criterion id → 1 to 5, and a comment. Values are read as sent so a wrong one gets a
/// field error.
/// </summary>
public sealed record ScoreRequest(IReadOnlyDictionary<string, JsonElement>? Scores, string? Comment);
