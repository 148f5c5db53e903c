using Azure;
using Azure.Data.Tables;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// The head row of a sheet (partition = sheet id, row "head"): who, where it stands, who may decide.
/// Its ETag is what makes the first decision win and keeps a revision from crossing a decision.
/// </summary>
public sealed class CareSheetEntity : ITableEntity
{
    public const string Row = "head";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string OwnerId { get; set; } = "";

    public string OwnerName { get; set; } = "";

    public string BureauCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string Kind { get; set; } = "";

    public string State { get; set; } = "";

    public int Version { get; set; }

    public string SnapshotId { get; set; } = "";

    public string PeriodFrom { get; set; } = "";

    public string PeriodTo { get; set; } = "";

    /// <summary>Staff ids who may decide the current version now, comma-separated.</summary>
    public string Approvers { get; set; } = "";

    /// <summary>Everyone ever on the sheet's route (any version), comma-separated: they keep read access.</summary>
    public string Route { get; set; } = "";

    public string? DecidedBy { get; set; }

    public string? DecidedByName { get; set; }

    public string? Decision { get; set; }

    public string? DecisionComment { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
