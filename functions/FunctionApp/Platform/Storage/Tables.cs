using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace Transformation.Platform.Storage;

/// <summary>
/// The one place that creates tables. Each table is created once per process, on first use,
/// so no start-up step has to know every table in advance.
/// </summary>
public sealed class Tables
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _clients = new(StringComparer.Ordinal);

    public Tables(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        _prefix = o.TablePrefix;
        _service = !string.IsNullOrWhiteSpace(o.ConnectionString)
            ? new TableServiceClient(o.ConnectionString)
            : new TableServiceClient(o.TableServiceUri!, new DefaultAzureCredential());
    }

    public TableServiceClient Service => _service;

    public Task<TableClient> GetAsync(string name, CancellationToken cancellationToken = default) =>
        _clients.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(n, cancellationToken))).Value;

    private async Task<TableClient> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var client = _service.GetTableClient(_prefix + name);
        try
        {
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Do not cache a failure: the next caller tries again.
            _clients.TryRemove(name, out _);
            throw;
        }

        return client;
    }
}
