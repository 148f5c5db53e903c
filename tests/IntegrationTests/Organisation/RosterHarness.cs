using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Organisation.Import;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Tests.Organisation;

/// <summary>
/// The roster services of one app instance over real Azurite tables. <see cref="OtherInstance"/> gives a
/// second instance on the same tables with an empty cache, as another process would be.
/// </summary>
public sealed class RosterHarness
{
    public RosterHarness(Tables? tables = null)
    {
        Tables = tables ?? Azurite.NewTables();
        var options = new OrganisationOptions { SnapshotPartitions = 4 };
        foreach (var grade in new[] { "課長", "室長", "参事官" })
        {
            options.HeadGrades.Add(grade);
        }

        Options = Microsoft.Extensions.Options.Options.Create(options);
        Store = new RosterStore(Tables, Options);
        Directory = new RosterDirectory(Store, Options);
        Importer = new RosterImporter(Store, Directory, Options, TimeProvider.System, NullLogger<RosterImporter>.Instance);
    }

    public Tables Tables { get; }

    public IOptions<OrganisationOptions> Options { get; }

    public RosterStore Store { get; }

    public RosterDirectory Directory { get; }

    public RosterImporter Importer { get; }

    public RosterHarness OtherInstance() => new(Tables);

    /// <summary>Imports and insists it worked; returns the report.</summary>
    public async Task<RosterImportReport> ImportAsync(byte[] csv)
    {
        var outcome = await Importer.ImportAsync(csv, "hr-test").WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(RosterImportStatus.Imported, outcome.Status);
        return outcome.Report!;
    }
}
