using Azure;
using Azure.Data.Tables;

namespace Transformation.Surveys.Participation;

/// <summary>
/// One survey link, keyed by its token's hash: its state and, until submission, the person's draft. The draft is
/// keyed by the link on purpose (it must be found from the link) and is deleted by the submission, so no row
/// ever holds both a person and their submitted answers.
/// </summary>
public sealed class LinkEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string State { get; set; } = LinkState.Open;

    /// <summary>Row key of the participation row this link belongs to.</summary>
    public string StaffRow { get; set; } = "";

    /// <summary>Copied here so one read gives a submission everything it stores with the answer.</summary>
    public string BureauCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string Language { get; set; } = "ja";

    public string? DraftScores { get; set; }

    public string? DraftComments { get; set; }
}
