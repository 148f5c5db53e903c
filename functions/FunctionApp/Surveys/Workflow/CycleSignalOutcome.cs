namespace Transformation.Surveys.Workflow;

/// <summary>What became of a signal to a cycle: no such cycle, not open for answers (nothing sent), or sent.</summary>
public enum CycleSignalOutcome
{
    Unknown,
    NotOpen,
    Sent,
}
