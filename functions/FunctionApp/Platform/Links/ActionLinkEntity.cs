using Azure;
using Azure.Data.Tables;

namespace Transformation.Platform.Links;

/// <summary>
/// One link in storage. PartitionKey = SHA-256 of the token (hex), so a lookup is one point read and
/// links spread over partitions. There is deliberately no column holding the token.
/// </summary>
internal sealed class ActionLinkEntity : ITableEntity
{
    public const string Row = "link";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Row;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Purpose { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string ResourceId { get; set; } = "";

    public int ResourceVersion { get; set; }

    public string Language { get; set; } = "ja";

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The resource's revocation generation when issued; a later <c>RevokeAll</c> raises the resource's past it.</summary>
    public int Generation { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public string? UsedBy { get; set; }

    public string? Decision { get; set; }
}
