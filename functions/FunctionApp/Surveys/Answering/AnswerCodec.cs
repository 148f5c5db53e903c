using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Transformation.Surveys.Answering;

/// <summary>
/// How answers sit in one table entity: all scores in one compact string ("W01:4,W02:5", about 6 characters an
/// item, so 60 items cost 360 characters and one property) and the comments as one small JSON object.
/// One entity per response keeps a submission to one write and an aggregation scan to one row per person.
/// </summary>
public static class AnswerCodec
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string EncodeScores(IReadOnlyDictionary<string, int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var builder = new StringBuilder(scores.Count * 7);
        foreach (var (id, score) in scores.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(id).Append(':').Append(score.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    public static Dictionary<string, int> DecodeScores(string? encoded)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in (encoded ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            scores[pair[..colon]] = int.Parse(pair[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return scores;
    }

    public static string EncodeComments(IReadOnlyDictionary<string, string> comments) =>
        comments is null || comments.Count == 0 ? "" : JsonSerializer.Serialize(comments, Json);

    public static Dictionary<string, string> DecodeComments(string? encoded) =>
        string.IsNullOrEmpty(encoded)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(encoded, Json) ?? [], StringComparer.Ordinal);
}
