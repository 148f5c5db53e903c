namespace Transformation.Overtime.Requests;

/// <summary>What the employee asks for: the day's tasks, the target end time ("HH:mm") and the estimated hours.</summary>
public sealed record RequestInput(string? Tasks, string? TargetEnd, decimal? EstimatedHours);

/// <summary>What the supervisor decides: approve or decline, a comment, and for a request beyond a cap the 特例業務 reason.</summary>
public sealed record DecisionInput(bool? Approve, string? Comment, string? SpecialDutyReason, int? Version);

/// <summary>The result of a step: the day as it now stands, or what was wrong (errors) or why it was refused.</summary>
public sealed record OvertimeOutcome(OvertimeDay? Day, IReadOnlyList<Platform.Http.FieldError> Errors, OvertimeRefusal Refusal)
{
    public bool Ok => Refusal == OvertimeRefusal.None && Errors.Count == 0 && Day is not null;

    public static OvertimeOutcome Done(OvertimeDay day) => new(day, [], OvertimeRefusal.None);

    public static OvertimeOutcome Invalid(IReadOnlyList<Platform.Http.FieldError> errors, OvertimeDay? day = null) =>
        new(day, errors, OvertimeRefusal.None);

    public static OvertimeOutcome Refused(OvertimeRefusal refusal, OvertimeDay? day = null) => new(day, [], refusal);
}

public enum OvertimeRefusal
{
    None,
    NotFound,
    NotInRoster,
    NoSupervisor,
    TooLate,
    AlreadyRequested,
    NotPending,
    NotApprover,
    Stale,
    Busy,
    NotApproved,
}
