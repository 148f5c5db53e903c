using Azure;
using Azure.Data.Tables;

namespace Transformation.Surveys.Cycles;

/// <summary>One survey cycle's answering window. Partition "cycle", row = cycle id.</summary>
public sealed class SurveyCycleEntity : ITableEntity
{
    public const string Partition = "cycle";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>Set when HR closes the survey before its deadline.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public string QuestionnaireVersion { get; set; } = "";

    /// <summary>How many partitions the cycle's invitations use; written once, when the cycle opens.</summary>
    public int Partitions { get; set; }

    /// <summary>Set once every answer was released and the participation rows were rewritten (see <see cref="Sealing.SurveySealer"/>).</summary>
    public DateTimeOffset? SealedAt { get; set; }
}
