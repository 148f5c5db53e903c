using System.Text;
using Transformation.Tests.Support;

namespace Transformation.Tests.SignIn;

/// <summary>A local host with the sample roster imported.</summary>
public static class SampleRosterHost
{
    public static async Task<LocalHostProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = await LocalHostProcess.StartAsync(settings);
        using var hr = await host.ClientForAsync("1010003", "hr.admin");
        var csv = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "samples", "roster.csv"));
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        response.EnsureSuccessStatusCode();
        return host;
    }
}
