using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace Transformation.Benchmarks.Load;

/// <summary>
/// Follows the local outbox table (<c>MailOutbox</c>: one entity per message) by polling storage directly, not the
/// host's /dev/outbox route: one query a poll for the rows written since the last one, with only the batch key
/// selected. The time a message came to exist is the row's Timestamp, which the storage service sets when it writes
/// the row, so the polling interval does not blur the measurement. A poll asks for rows whose SentAt (the mailer's
/// clock, just before the write) is at most a few seconds before the newest Timestamp seen, so a row written while the
/// previous poll ran is not missed; each row is kept once.
/// </summary>
public sealed class OutboxWatcher : IAsyncDisposable
{
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(10);
    private static readonly string[] Columns = ["RowKey", "Timestamp", "BatchKey"];
    private readonly TableClient _table;
    private readonly TimeSpan _interval;
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _written = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private DateTimeOffset _since;

    public OutboxWatcher(TableClient table, TimeSpan interval, DateTimeOffset since)
    {
        _table = table;
        _interval = interval;
        _since = since;
        _loop = Task.Run(LoopAsync);
    }

    public int Polls { get; private set; }

    public int RowsRead { get; private set; }

    /// <summary>How many messages have been seen, and one of their batch keys (for the progress lines).</summary>
    public string Seen => $"{_written.Count} keys (e.g. '{_written.Keys.FirstOrDefault()}')";

    /// <summary>The last failed poll's error, if the last poll failed.</summary>
    public string? LastError { get; private set; }

    /// <summary>When the message with this batch key was written (the first such row), if it has been.</summary>
    public bool TryGet(string batchKey, out DateTimeOffset writtenAt) => _written.TryGetValue(batchKey, out writtenAt);

    /// <summary>How many distinct batch keys seen so far satisfy <paramref name="match"/>.</summary>
    public int Count(Func<string, bool> match) => _written.Keys.Count(match);

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await PollAsync(_stop.Token);
                await Task.Delay(_interval, _stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Azure.RequestFailedException e)
            {
                // 404 until the first mail creates the table; anything else is shown in the progress lines.
                LastError = e.Status == 404 ? null : e.Message;
                await Task.Delay(_interval, _stop.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A poll that fails is tried again; the progress lines show why.
                LastError = e.GetType().Name + ": " + e.Message;
                await Task.Delay(_interval, _stop.Token);
            }
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var newest = _since;
        var filter = TableClient.CreateQueryFilter($"SentAt ge {_since - Overlap}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: Columns, cancellationToken: cancellationToken))
        {
            RowsRead++;
            if (entity.Timestamp is not { } at || !_seen.TryAdd(entity.RowKey, 0))
            {
                continue;
            }

            newest = at > newest ? at : newest;
            _written.TryAdd(entity.GetString("BatchKey") ?? "", at);
        }

        _since = newest;
        Polls++;
        LastError = null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-poll.
        }

        _stop.Dispose();
    }
}
