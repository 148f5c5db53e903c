namespace Transformation.Surveys;

/// <summary>Settings of the survey (section "Surveys", in workflows/survey.json).</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>Longest comment accepted per category, in characters.</summary>
    public int MaxCommentLength { get; set; } = 2000;

    /// <summary>
    /// How long an instance trusts its copy of a cycle's deadline and closed mark. A submission then needs no
    /// read of the cycle; an early close by HR reaches other instances within this time.
    /// </summary>
    public int CycleCacheSeconds { get; set; } = 30;

    /// <summary>
    /// After the close, how long the release waits for submissions that were accepted just before it and are still
    /// writing (a submission checks the cycle as stored, then writes within a request's time).
    /// </summary>
    public int ReleaseGraceSeconds { get; set; } = 60;

    /// <summary>
    /// The key (32 bytes, base64) that seals submitted answers while they wait for the close. Kept out of storage
    /// (Key Vault in Azure), so a reader of the storage account cannot open a waiting answer. It must not change
    /// while a cycle is open: answers sealed under the old key could no longer be released.
    /// </summary>
    public string SealKey { get; set; } = "";

    public byte[] SealKeyBytes() => Convert.FromBase64String(SealKey);

    /// <summary>How many batch transactions invitations and releases send at once.</summary>
    public int WriteParallelism { get; set; } = 8;
}
