using Azure;
using Azure.Data.Tables;

namespace Transformation.Platform.Links;

/// <summary>
/// One row per resource that links point at (a care sheet, a survey cycle). Revoking every link of a
/// resource raises <see cref="Generation"/>: one write, whatever the number of links, and no scan.
/// A link issued under a lower generation is revoked.
/// </summary>
internal sealed class LinkResourceEntity : ITableEntity
{
    public const string Row = "resource";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Generation { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
