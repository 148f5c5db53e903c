using System.Diagnostics;

namespace Transformation.Tests.ThreeSixty.Rating;

/// <summary>
/// Counts the HTTP requests sent to Azurite's table endpoint (port 10002) by the code awaited inside this scope, and
/// by nothing else: the scope is an activity, and a request counts only when its "System.Net.Http" activity descends
/// from it, so tests running alongside are not counted. The Azure SDK sends every storage call through HttpClient.
/// </summary>
public sealed class StorageRequestScope : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly Activity _scope;
    private readonly Activity? _outer;
    private readonly List<string> _requests = [];

    public StorageRequestScope()
    {
        _outer = Activity.Current;
        _scope = new Activity("storage-request-scope").Start();
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The requests counted so far, as "METHOD path?query".</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _listener.Dispose();
        _scope.Stop();
        Activity.Current = _outer;
    }

    private void Stopped(Activity activity)
    {
        if (Convert.ToString(activity.GetTagItem("server.port"), System.Globalization.CultureInfo.InvariantCulture) != "10002")
        {
            return;
        }

        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (ReferenceEquals(parent, _scope))
            {
                lock (_requests)
                {
                    _requests.Add($"{activity.GetTagItem("http.request.method")} {activity.GetTagItem("url.full")}");
                }

                return;
            }
        }
    }
}
