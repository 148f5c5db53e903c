using Azure;
using Azure.Data.Tables;

namespace Transformation.Surveys.Sealing;

/// <summary>
/// A submitted answer waiting to be released (table "SurveySealed"). Partition "{cycle}|{division}", row key
/// <see cref="Participation.SurveyTokens.SealKey"/>. Carries what the released answer carries, nothing more.
/// </summary>
public sealed class SealedAnswerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CycleId { get; set; } = "";

    public string BureauCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string QuestionnaireVersion { get; set; } = "";

    public string Scores { get; set; } = "";

    public string Comments { get; set; } = "";

    /// <summary>The random row key it will have in the answers table, chosen once so a repeated release writes the same row.</summary>
    public string? ReleaseAs { get; set; }
}
