using Azure;
using Azure.Data.Tables;

namespace Transformation.CareSheets.Sheets;

/// <summary>One audit row: partition = sheet id, row = time-ordered unique key. Never holds sheet content.</summary>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public int Version { get; set; }

    /// <summary>How: "api", "page", "link" or "workflow".</summary>
    public string Channel { get; set; } = "";

    /// <summary>A short outcome (a decision's name), never free text from the sheet.</summary>
    public string? Detail { get; set; }
}
