using Transformation.Tests.Support;

namespace Transformation.Tests.Hosting;

/// <summary>One local host process shared by the tests of a collection.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private LocalHostProcess? _host;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The local host is not started.");

    public async Task InitializeAsync() => _host = await LocalHostProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LocalHostCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "local host";
}
