using Transformation.Overtime.Requests;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.MyOvertime;

/// <summary>
/// The employee's overtime page: today's request (or the form for it, with the preview after "Check"), this month's days and
/// the totals so far.
/// </summary>
/// <param name="Today">The day a request is for (Japan).</param>
/// <param name="TodaysRequest">Today's request when pending or approved: shown instead of the form.</param>
/// <param name="MayRequest">False for someone outside the roster (the problem says why).</param>
/// <param name="Supervises">Whether anyone in the roster reports to the reader (then the approvals page is offered).</param>
public sealed record MyOvertimePageView(
    CsrfField Csrf,
    DateOnly Today,
    OvertimeDay? TodaysRequest,
    bool MayRequest,
    FormState Form,
    OvertimeProjectionView? Projection,
    IReadOnlyList<OvertimeDay> Month,
    decimal MonthHours,
    decimal YearHours,
    bool Supervises,
    Text? Notice = null,
    Text? Problem = null);

/// <summary>One day's overtime: the request, its decision and the actual, with the form for the actual when the reader may record it.</summary>
/// <param name="ActualForm">The form for the actual end time: the person's own approved day, on or after it; null otherwise.</param>
public sealed record OvertimeDayPageView(
    OvertimeDay Day,
    string PersonName,
    string ApproverName,
    string? DeciderName,
    Text SubmittedAt,
    Text? DecidedAt,
    CsrfField Csrf,
    FormState? ActualForm,
    Text? Notice = null);
