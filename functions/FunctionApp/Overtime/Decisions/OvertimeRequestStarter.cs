using Microsoft.DurableTask.Client;
using Transformation.Overtime.Requests;

namespace Transformation.Overtime.Decisions;

/// <summary>Starts a submitted request's workflow (idempotent). Placeholder until the workflow is merged: it starts nothing.</summary>
public static class OvertimeRequestStarter
{
    public static Task StartAsync(DurableTaskClient client, OvertimeDay day, CancellationToken cancellationToken) => Task.CompletedTask;
}
