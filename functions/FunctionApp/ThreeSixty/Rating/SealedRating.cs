using System.Text.Json;
using System.Text.Json.Serialization;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Rating;

/// <summary>What a waiting rating holds once opened: exactly what is released, and the questionnaire version.</summary>
public sealed record SealedRating(
    string SubjectId,
    RaterGroup Group,
    IReadOnlyDictionary<string, int> Scores,
    string? Strengths,
    string? Suggestions,
    string QuestionnaireVersion)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string Encode() => JsonSerializer.Serialize(this, Json);

    public static SealedRating? Decode(string? json) => json is null ? null : JsonSerializer.Deserialize<SealedRating>(json, Json);
}
