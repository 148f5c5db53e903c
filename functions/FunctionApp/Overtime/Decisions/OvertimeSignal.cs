using System.Globalization;
using Microsoft.DurableTask.Client;
using Transformation.Overtime.Requests;

namespace Transformation.Overtime.Decisions;

/// <summary>The request's workflow: its instance id and the event a decision raises to it.</summary>
public static class OvertimeSignal
{
    public const string DecidedEvent = "OvertimeDecided";

    public static string InstanceId(string staffId, DateOnly day, int version) =>
        "overtime-" + staffId + "-" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-v" + version.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Tells the request's workflow a decision was recorded. The decision is stored first; a lost event only delays the notices
    /// until the workflow's next re-check (<see cref="OvertimeOptions.RecheckEvery"/>) or its deadline, which read the stored day.
    /// </summary>
    public static async Task RaiseDecidedAsync(DurableTaskClient client, OvertimeDay day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(day);
        try
        {
            await client.RaiseEventAsync(InstanceId(day.StaffId, day.Day, day.Version), DecidedEvent, day.State.ToString(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The workflow is gone or not reachable: the stored decision stands and the re-check acts on it.
        }
    }
}
