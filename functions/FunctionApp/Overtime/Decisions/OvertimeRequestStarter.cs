using Microsoft.DurableTask.Client;
using Transformation.Overtime.Requests;
using Transformation.Platform.Durable;

namespace Transformation.Overtime.Decisions;

/// <summary>Starts a request's workflow once: a retried submission, or one that finds its request already written, starts nothing twice.</summary>
public static class OvertimeRequestStarter
{
    public static Task StartAsync(DurableTaskClient client, OvertimeDay day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(day);
        return StartOnce.StartAsync(client, nameof(OvertimeRequestFlow), new RequestRun(day.StaffId, day.Day, day.Version),
            OvertimeSignal.InstanceId(day.StaffId, day.Day, day.Version), cancellationToken);
    }
}
