using Microsoft.Extensions.Options;
using Transformation.Platform.Storage;

namespace Transformation.Tests.Support;

/// <summary>
/// The real storage emulator the test script starts. Each call gives tables under a fresh prefix,
/// so tests never see each other's rows.
/// </summary>
public static class Azurite
{
    public const string ConnectionString = "UseDevelopmentStorage=true";

    public static Tables NewTables() => new(Options.Create(NewStorageOptions()));

    public static StorageOptions NewStorageOptions() => new()
    {
        ConnectionString = ConnectionString,
        TablePrefix = UniquePrefix(),
    };

    /// <summary>Table names are letters and digits, starting with a letter.</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..10];
}
