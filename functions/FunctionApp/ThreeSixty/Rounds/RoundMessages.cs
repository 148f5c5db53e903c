using Transformation.ThreeSixty.Reports;

namespace Transformation.ThreeSixty.Rounds;

/// <summary>How a round was started: its id, when, and by whom ("schedule" or HR's staff id).</summary>
public sealed record RoundRun(string RoundId, DateTime LaunchedAtUtc, string By);

/// <summary>What the orchestration keeps of the opening: no person, only counts, deadlines and settings.</summary>
public sealed record RoundPlan(
    string RoundId,
    int Subjects,
    DateTime NominationDeadlineUtc,
    IReadOnlyList<string> ReminderOffsets,
    string TimeZone);

/// <summary>Rating as opened: its deadline, how many partitions the raters' rows use, and how many raters.</summary>
public sealed record RatingPlan(string RoundId, DateTime DeadlineUtc, int Partitions, int Raters);

/// <summary>One fan-out step: a partition of the raters (invitations, reminders) or a chunk of subjects (reports).</summary>
public sealed record RoundStep(string RoundId, int Index, string Run);

/// <summary>What every chunk's reports add to the grade-band norms (per band, counts and sums: no subject).</summary>
public sealed record RoundNorms(string RoundId, IReadOnlyList<NormContribution> Chunks);

/// <summary>A new rating deadline, kept by an activity.</summary>
public sealed record RoundDeadline(string RoundId, DateTime DeadlineUtc);

/// <summary>What HR asked of a running round.</summary>
public enum RoundSignalKind
{
    /// <summary>End nomination now and open rating.</summary>
    StartRating,

    /// <summary>Move the rating deadline (<see cref="RoundSignal.DeadlineUtc"/>).</summary>
    Extend,

    /// <summary>Close rating now.</summary>
    Close,
}

/// <summary>HR's signal to the round's orchestration.</summary>
public sealed record RoundSignal(RoundSignalKind Kind, DateTime? DeadlineUtc)
{
    public const string EventName = "ThreeSixtyRoundSignal";
}

/// <summary>The orchestration's custom status: the phase HR sees and the deadline that phase runs to.</summary>
public sealed record RoundStatus(string Phase, DateTime? UntilUtc);

/// <summary>How a round ended.</summary>
public sealed record RoundOutcome(string RoundId, int Subjects, int Raters, int Invited, int Reminded, int Released, int Reports, int Mailed);

/// <summary>One release pass: how many answers it released, and whether the round is now sealed (nothing waits).</summary>
public sealed record RoundRelease(int Released, bool Sealed);
