using System.Text;
using Transformation.Tests.Support;

namespace Transformation.Tests.SignIn;

/// <summary>A local host with the sample roster imported (30 people; see workflows/samples/README.md).</summary>
public sealed class SampleRosterHostFixture : IAsyncLifetime
{
    private LocalHostProcess? _host;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The local host is not started.");

    public async Task InitializeAsync()
    {
        _host = await LocalHostProcess.StartAsync();
        await ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "samples", "roster.csv")));
    }

    public async Task ImportAsync(string csv)
    {
        using var hr = await Host.ClientForAsync("1010003", "hr.admin");
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
