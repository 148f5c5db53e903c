using System.Text.Json;
using System.Text.Json.Serialization;

namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// What a rater gave for one subject, as a draft or a submission: item id → 1–5, the items they marked
/// "cannot judge", and the two comments. A submission has every item in one or the other.
/// </summary>
public sealed record RatingResponse(
    [property: JsonPropertyName("s")] IReadOnlyDictionary<string, int> Scores,
    [property: JsonPropertyName("na")] IReadOnlyList<string> CannotJudge,
    [property: JsonPropertyName("st")] string? Strengths,
    [property: JsonPropertyName("sg")] string? Suggestions)
{
    public static RatingResponse Empty { get; } = new(new Dictionary<string, int>(), [], null, null);

    public string Encode() => JsonSerializer.Serialize(this);

    public static RatingResponse? Decode(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RatingResponse>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
