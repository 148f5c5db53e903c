using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Transformation.Platform.Durable;

namespace Transformation.Surveys.Plans;

/// <summary>
/// Phases 8–10 of a cycle: sheets to division heads, plan reminders before the deadline, escalation of
/// overdue plans to bureau coordinators at the deadline, and the mid-term progress request. Plans
/// themselves are written over HTTP and read from storage by each step, so the orchestration waits
/// only on timers: a plan submitted at any time simply drops out of the next reminder.
/// The effect a year on needs no wait: it is computed whenever the next cycle's results are read.
/// </summary>
public static class SurveyFollowThroughOrchestrator
{
    [Function(nameof(SurveyFollowThrough))]
    public static async Task<string> SurveyFollowThrough([OrchestrationTrigger] TaskOrchestrationContext context, SurveyFollowThroughInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var schedule = await context.CallAsync<FollowThroughSchedule>(nameof(SurveyFollowThroughActivities.SurveyFollowThroughDeliver), input);

        for (var i = 0; i < schedule.Reminders.Count; i++)
        {
            await context.CreateTimer(schedule.Reminders[i].UtcDateTime, CancellationToken.None);
            await context.CallAsync<int>(nameof(SurveyFollowThroughActivities.SurveyFollowThroughRemind), new ReminderRun(input.CycleId, i + 1));
        }

        await context.CreateTimer(schedule.Deadline.UtcDateTime, CancellationToken.None);
        var overdue = await context.CallAsync<int>(nameof(SurveyFollowThroughActivities.SurveyFollowThroughEscalate), input.CycleId);

        await context.CreateTimer(schedule.MidTermAt.UtcDateTime, CancellationToken.None);
        var asked = await context.CallAsync<int>(nameof(SurveyFollowThroughActivities.SurveyFollowThroughAskProgress), input.CycleId);
        return $"overdue at deadline: {overdue}; asked for progress: {asked}";
    }
}
