using Microsoft.AspNetCore.Http;
using Transformation.Overtime.Requests;
using Transformation.Platform.Localization;

namespace Transformation.Overtime.MyOvertime;

/// <summary>Why a step was refused, as the pages tell it: the message and the status of the page.</summary>
public static class OvertimeRefusals
{
    /// <param name="regularEnd">The end of regular hours ("17:15"), named in the "too late" message.</param>
    /// <param name="deciding">Whether the step was a decision (its "too late" is the decision's deadline, not the request's).</param>
    public static Text Message(OvertimeRefusal refusal, string regularEnd, bool deciding = false) => refusal switch
    {
        OvertimeRefusal.NotInRoster => OvertimeTexts.NotInRoster,
        OvertimeRefusal.NoSupervisor => OvertimeTexts.NoSupervisor,
        OvertimeRefusal.TooLate => deciding ? OvertimeTexts.DecisionTooLate : OvertimeTexts.TooLateToday.With(regularEnd),
        OvertimeRefusal.AlreadyRequested => OvertimeTexts.AlreadyRequested,
        OvertimeRefusal.NotFound => OvertimeTexts.NotFound,
        OvertimeRefusal.NotPending => OvertimeTexts.NotPending,
        OvertimeRefusal.NotApprover => OvertimeTexts.NotYourRequest,
        OvertimeRefusal.Stale => OvertimeTexts.VersionStale,
        OvertimeRefusal.NotApproved => OvertimeTexts.ActualNotApproved,
        _ => OvertimeTexts.Busy,
    };

    public static int Status(OvertimeRefusal refusal) => refusal switch
    {
        OvertimeRefusal.NotFound => StatusCodes.Status404NotFound,
        OvertimeRefusal.NotApprover => StatusCodes.Status403Forbidden,
        OvertimeRefusal.NotInRoster or OvertimeRefusal.NoSupervisor => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status409Conflict,
    };
}
