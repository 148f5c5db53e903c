namespace Transformation.Platform.Scheduling;

/// <summary>
/// What is particular to a process that runs once a year (the survey cycle, the Team-Up season): the orchestration
/// to start, how a year names its run, and the day it launches. <see cref="YearlyLaunch{TProcess}"/> does the rest.
/// </summary>
public interface IYearlyProcess
{
    /// <summary>The orchestrator function a year's run starts.</summary>
    string Orchestrator { get; }

    /// <summary>The day in the year the timer launches the run.</summary>
    LaunchDayRule LaunchDay { get; }

    /// <summary>The days that are not business days, for <see cref="LaunchDay"/>.</summary>
    BusinessCalendar Calendar { get; }

    /// <summary>The run of a year (one year, one run).</summary>
    string RunId(int year);

    /// <summary>
    /// The orchestration instance of a run. It must depend on the run alone: the same id for the same year is what makes
    /// a second launch find the first.
    /// </summary>
    string InstanceId(string runId);

    /// <summary>The orchestration's input: the run, when and by whom (a staff id, or "schedule") it was launched.</summary>
    object Input(string runId, DateTime launchedAtUtc, string launchedBy);
}
