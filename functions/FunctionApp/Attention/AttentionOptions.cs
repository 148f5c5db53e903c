using Transformation.Platform.Scheduling;

namespace Transformation.Attention;

/// <summary>The "Attention" settings (workflows/attention.json): when something waits long enough for HR to look at it.</summary>
public sealed class AttentionOptions
{
    public const string Section = "Attention";

    /// <summary>A care-sheet version waiting for a decision this long (from its submission) is listed, e.g. "5 business days".</summary>
    public string WaitingLongerThan { get; set; } = "5 business days";

    /// <summary>
    /// A workflow still waiting this long after the stored state says its event happened is listed as having lost the event
    /// (the event is usually there within seconds; the workflows' own re-checks heal it within hours).
    /// </summary>
    public TimeSpan LostEventAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>An action started but not finished this long ago (its run died) may be taken over by a repeat of it.</summary>
    public TimeSpan ActionLease { get; set; } = TimeSpan.FromMinutes(2);

    public Deadline Waiting => Deadline.Parse(WaitingLongerThan);
}
