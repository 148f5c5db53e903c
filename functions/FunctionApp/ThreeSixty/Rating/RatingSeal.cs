using Microsoft.Extensions.Options;
using Transformation.Surveys.Sealing;

namespace Transformation.ThreeSixty.Rating;

/// <summary>
/// Sealing under <see cref="RatingOptions.SealKey"/> (AES-GCM, the survey's <see cref="SealCipher"/>), which storage
/// does not hold. Each value is bound to where it lies: a waiting rating to its row, a draft to the rater's
/// participation row and the subject (not the link), so a reminder's new link still opens it.
/// </summary>
public sealed class RatingSeal(IOptions<RatingOptions> options)
{
    public string Seal(string value, string context) => SealCipher.Encrypt(options.Value.SealKeyBytes(), value, context);

    public string? Open(string? sealedValue, string context) => SealCipher.Decrypt(options.Value.SealKeyBytes(), sealedValue, context);

    public static string DraftContext(string partitionKey, string raterRow, string subjectId) => $"360-draft/{partitionKey}/{raterRow}/{subjectId}";

    public static string AnswerContext(string partitionKey, string rowKey) => $"360-answer/{partitionKey}/{rowKey}";
}
