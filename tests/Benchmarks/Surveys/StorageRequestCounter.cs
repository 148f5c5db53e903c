using System.Diagnostics;

namespace Transformation.Benchmarks.Surveys;

/// <summary>
/// Counts HTTP requests this process sends to Azurite's table endpoint (port 10002), retries included, from the
/// runtime's own "System.Net.Http" activities: the Azure SDK's pipeline sends every storage call through HttpClient.
/// </summary>
public sealed class StorageRequestCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private long _count;

    public StorageRequestCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (Convert.ToString(activity.GetTagItem("server.port"), System.Globalization.CultureInfo.InvariantCulture) == "10002")
                {
                    Interlocked.Increment(ref _count);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
