using Transformation.Tests.Support;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>A local host of its own (real Azurite, real durable engine) with the small roster imported and the given sheet settings.</summary>
public abstract class CareSheetHostFixture : IAsyncLifetime
{
    public const string HrEmail = "hr-caresheets@example.go.jp";

    private CareSheetHarness? _sheets;

    public CareSheetHarness Sheets => _sheets ?? throw new InvalidOperationException("The host is not started.");

    protected abstract IReadOnlyDictionary<string, string> Settings { get; }

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>(Settings) { ["CareSheets__HrEmail"] = HrEmail };
        _sheets = new CareSheetHarness(await LocalHostProcess.StartAsync(settings));
        await _sheets.ImportRosterAsync();
    }

    public async Task DisposeAsync()
    {
        if (_sheets is not null)
        {
            await _sheets.Host.DisposeAsync();
        }
    }
}
