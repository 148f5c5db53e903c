using Azure;
using Azure.Data.Tables;

namespace Transformation.Surveys.Participation;

/// <summary>
/// Who was invited to a cycle and whether they answered (for reminders and response rates). Kept apart from the
/// answers, with no key or value in common with them: it says THAT someone answered, never WHAT.
/// </summary>
public sealed class ParticipationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string StaffId { get; set; } = "";

    public string BureauCode { get; set; } = "";

    public string BureauName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string DivisionName { get; set; } = "";

    public string Language { get; set; } = "ja";

    public bool Submitted { get; set; }

    /// <summary>The row key of the person's current link (an older link is superseded when a new one is sent).</summary>
    public string LinkRow { get; set; } = "";
}
