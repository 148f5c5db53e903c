using Transformation.Tests.Support;

namespace Transformation.Tests.Hosting;

public sealed class StartUpSettingsTests
{
    [Fact]
    public async Task A_bad_setting_stops_the_host_at_start_up_with_its_name()
    {
        var host = new LocalHostProcess(new Dictionary<string, string> { ["App__TimeZone"] = "Nowhere/Atlantis" });
        await using (host)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAgainAsync);

            Assert.Contains("App:TimeZone", error.Message, StringComparison.Ordinal);
        }
    }
}
