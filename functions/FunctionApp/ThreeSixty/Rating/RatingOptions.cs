namespace Transformation.ThreeSixty.Rating;

/// <summary>Settings of the raters' part of the 360 round (section "ThreeSixty:Rating", in workflows/three-sixty-rating.json).</summary>
public sealed class RatingOptions
{
    public const string Section = "ThreeSixty:Rating";

    /// <summary>Longest comment accepted (strengths, suggestions), in characters.</summary>
    public int MaxCommentLength { get; set; } = 1000;

    /// <summary>
    /// When true, a supervisor rating their subordinate is told on the rating page that their rating is shown to the
    /// subject as their supervisor's (the report shows the one-person group). Off by default: the group is left out.
    /// </summary>
    public bool SupervisorShown { get; set; }

    /// <summary>
    /// The key (32 bytes, base64) that seals drafts and submitted ratings until the release. Kept out of storage
    /// (Key Vault in Azure). It must not change while a round is rating: what was sealed under the old key could
    /// no longer be opened.
    /// </summary>
    public string SealKey { get; set; } = "";

    /// <summary>How many raters' links an invitation writes at once.</summary>
    public int WriteParallelism { get; set; } = 8;

    public byte[] SealKeyBytes() => Convert.FromBase64String(SealKey);

    public static bool IsKey(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var bytes = new byte[64];
        return Convert.TryFromBase64String(value, bytes, out var written) && written == 32;
    }
}
