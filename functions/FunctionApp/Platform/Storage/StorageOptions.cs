namespace Transformation.Platform.Storage;

/// <summary>Where the tables live. Locally a connection string to Azurite; in Azure the table endpoint, reached with the managed identity.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>Prefix for every table name, so test runs can share one Azurite without meeting.</summary>
    public string TablePrefix { get; set; } = "";
}
