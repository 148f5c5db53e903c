namespace Transformation.Tests.Surveys.Answers;

/// <summary>The real clock, moved forward on demand (to pass a survey's deadline without waiting for it).</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
