using System.Text.Json;
using System.Text.Json.Serialization;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.ThreeSixty.Rating;

/// <summary>How far a rater is with one subject.</summary>
public enum SubjectState
{
    Pending,
    Draft,
    Submitted,
}

/// <summary>
/// One subject on a rater's list, as stored with the rater (participation and current link): who, where, as whom,
/// and how far. The name and division are copied from the round's roster snapshot when the rows are written, so the
/// list page needs no roster read.
/// </summary>
public sealed record RaterSubject(
    [property: JsonPropertyName("s")] string SubjectId,
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("d")] string DivisionName,
    [property: JsonPropertyName("b")] string BureauCode,
    [property: JsonPropertyName("g")] RaterGroup Group,
    [property: JsonPropertyName("st")] SubjectState State)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Encode(IReadOnlyList<RaterSubject> subjects) => JsonSerializer.Serialize(subjects, Json);

    public static IReadOnlyList<RaterSubject> Decode(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<RaterSubject>>(json, Json) ?? [];

    /// <summary>The list with one subject's state changed.</summary>
    public static IReadOnlyList<RaterSubject> With(IReadOnlyList<RaterSubject> subjects, string subjectId, SubjectState state) =>
        [.. subjects.Select(s => s.SubjectId == subjectId ? s with { State = state } : s)];

    public static bool IsFinished(IReadOnlyList<RaterSubject> subjects) => subjects.All(s => s.State == SubjectState.Submitted);
}
