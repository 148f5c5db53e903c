using Azure;
using Azure.Data.Tables;

namespace Transformation.CareSheets.Sheets;

/// <summary>One version of a sheet's content (row "v0001", ...), kept so earlier versions stay readable.</summary>
public sealed class CareSheetVersionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The <see cref="CareSheetContent"/> as JSON.</summary>
    public string Content { get; set; } = "";

    public string SnapshotId { get; set; } = "";

    public DateTimeOffset SubmittedAt { get; set; }

    public static string RowOf(int version) => "v" + version.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
