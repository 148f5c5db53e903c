namespace Transformation.Platform.Hosting;

public enum FunctionKind
{
    Http,
    Timer,
    Orchestrator,
    Activity,
}
