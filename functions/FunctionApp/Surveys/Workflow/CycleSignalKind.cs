namespace Transformation.Surveys.Workflow;

/// <summary>What HR asked of a running cycle.</summary>
public enum CycleSignalKind
{
    Extend,
    Close,
}
