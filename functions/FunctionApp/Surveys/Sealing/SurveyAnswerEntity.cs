using Azure;
using Azure.Data.Tables;

namespace Transformation.Surveys.Sealing;

/// <summary>
/// One released answer (table "SurveyAnswers"), the only rows aggregation reads. Partition "{cycle}|{division}"
/// for per-division scans; a random row key. Deliberately no staff id, no link or hash, no time of answering:
/// its only time is the table's own Timestamp, which is the time of a release shared by a shuffled batch.
/// </summary>
public sealed class SurveyAnswerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CycleId { get; set; } = "";

    public string BureauCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string QuestionnaireVersion { get; set; } = "";

    /// <summary>All scores of the response, e.g. "W01:4,W02:5" (see <see cref="Answers.AnswerCodec"/>).</summary>
    public string Scores { get; set; } = "";

    /// <summary>The comments per category as a JSON object, or empty.</summary>
    public string Comments { get; set; } = "";
}
