using Microsoft.Extensions.Options;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Designations;
using Transformation.Platform.Http;

namespace Transformation.Overtime.Requests;

/// <summary>
/// Requests and decisions, the same for the pages, the API and the approval links. Every change of a day that counts goes
/// through <see cref="OvertimeLedger"/>, in one transaction with the person's totals.
/// </summary>
public sealed class OvertimeRequests(
    OvertimeStore store,
    OvertimeLedger ledger,
    ApproverInbox inbox,
    DesignationStore designations,
    RosterDirectory roster,
    CareSheetStore careSheets,
    OvertimeClock clock,
    IOptions<OvertimeOptions> options)
{
    public CapPolicy Policy => new(options.Value.WarningShare);

    /// <summary>Today's request of <paramref name="staffId"/>, written pending and queued for their roster supervisor.</summary>
    public async Task<OvertimeOutcome> SubmitAsync(string staffId, RequestInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var person = await roster.GetPersonAsync(staffId, cancellationToken: cancellationToken);
        if (person is null)
        {
            return OvertimeOutcome.Refused(OvertimeRefusal.NotInRoster);
        }

        if (person.SupervisorId is null)
        {
            return OvertimeOutcome.Refused(OvertimeRefusal.NoSupervisor);
        }

        if (!clock.MayRequestNow())
        {
            return OvertimeOutcome.Refused(OvertimeRefusal.TooLate);
        }

        var errors = RequestErrors(input, out var targetEnd, out var minutes);
        if (errors.Count > 0)
        {
            return OvertimeOutcome.Invalid(errors);
        }

        var day = clock.Today;
        var before = await store.GetDayAsync(staffId, day, cancellationToken);
        if (before?.Value.State is OvertimeState.Pending or OvertimeState.Approved)
        {
            return OvertimeOutcome.Refused(OvertimeRefusal.AlreadyRequested, before.Value);
        }

        var designation = (await designations.TimelineAsync(person.DivisionCode, cancellationToken)).On(day);
        var caps = await PersonalCapsAsync(staffId, day, cancellationToken);
        var request = new OvertimeDay(staffId, day, (before?.Value.Version ?? 0) + 1, OvertimeState.Pending, input.Tasks!.Trim(), targetEnd,
            minutes, person.SupervisorId, designation, caps, clock.Now, before?.Value.CountedMinutes ?? 0)
        {
            ActualMinutes = before?.Value.ActualMinutes,
            ActualEnd = before?.Value.ActualEnd,
            ActualSource = before?.Value.ActualSource,
        };

        // The queue entry first: a crash in between leaves an entry for a day not pending, which the queue's page skips.
        await inbox.AddAsync(person.SupervisorId, staffId, day, cancellationToken);
        var written = await ledger.ChangeAsync(before, request.Recounted(), cancellationToken);
        return written is null ? OvertimeOutcome.Refused(OvertimeRefusal.Busy) : OvertimeOutcome.Done(written);
    }

    /// <summary>What the request would make the person's totals, with every cap that holds it: two entities read.</summary>
    public async Task<CapAssessment> AssessAsync(OvertimeDay day, decimal hours, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(day);
        var years = await store.GetYearsAsync(day.StaffId, day.Day, cancellationToken);
        return Assess(years, day.StaffId, day.Day, day.Designation, day.PersonalCaps, hours, day.CountedMinutes);
    }

    /// <summary>The assessment of a request not yet made (the page's preview): the designation and care sheets read as submission would.</summary>
    public async Task<CapAssessment?> PreviewAsync(string staffId, decimal hours, CancellationToken cancellationToken = default)
    {
        var person = await roster.GetPersonAsync(staffId, cancellationToken: cancellationToken);
        if (person is null || hours is <= 0 or > CapCheck.MaxRequestHours)
        {
            return null;
        }

        var day = clock.Today;
        var designation = (await designations.TimelineAsync(person.DivisionCode, cancellationToken)).On(day);
        var caps = await PersonalCapsAsync(staffId, day, cancellationToken);
        var years = await store.GetYearsAsync(staffId, day, cancellationToken);
        return Assess(years, staffId, day, designation, caps, hours, 0);
    }

    /// <summary>The supervisor's decision, before the request's deadline; beyond a cap only as 特例業務 with a reason.</summary>
    public async Task<OvertimeOutcome> DecideAsync(string staffId, DateOnly dayOf, string deciderId, DecisionInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var before = await store.GetDayAsync(staffId, dayOf, cancellationToken);
            if (before is null)
            {
                return OvertimeOutcome.Refused(OvertimeRefusal.NotFound);
            }

            var day = before.Value;
            if (day.ApproverId != deciderId)
            {
                return OvertimeOutcome.Refused(OvertimeRefusal.NotApprover, day);
            }

            if (input.Version is { } version && version != day.Version)
            {
                return OvertimeOutcome.Refused(OvertimeRefusal.Stale, day);
            }

            if (day.State != OvertimeState.Pending)
            {
                return OvertimeOutcome.Refused(OvertimeRefusal.NotPending, day);
            }

            if (clock.Now >= clock.DecisionDue(day.Day, day.SubmittedAt))
            {
                return OvertimeOutcome.Refused(OvertimeRefusal.TooLate, day);
            }

            var errors = DecisionErrors(input, out var special);
            var assessment = await AssessAsync(day, day.EstimatedHours, cancellationToken);
            if (errors.Count == 0 && input.Approve == true && !assessment.CanApprove(special))
            {
                errors.Add(new FieldError("specialDutyReason", assessment.Approval == CapApproval.RefusedByPersonalCap
                    ? OvertimeCapTexts.RefusedByPersonalCap : OvertimeCapTexts.NeedsSpecialDuty));
            }

            if (errors.Count > 0)
            {
                return OvertimeOutcome.Invalid(errors, day);
            }

            var decided = day with
            {
                State = input.Approve == true ? OvertimeState.Approved : OvertimeState.Declined,
                DecidedBy = deciderId,
                DecidedAt = clock.Now,
                Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
                SpecialDutyReason = input.Approve == true && assessment.NeedsSpecialDuty ? special!.Reason : null,
            };
            if (await ledger.ChangeAsync(before, decided.Recounted(), cancellationToken) is { } written)
            {
                await inbox.RemoveAsync(deciderId, staffId, dayOf, cancellationToken);
                return OvertimeOutcome.Done(written);
            }
        }

        return OvertimeOutcome.Refused(OvertimeRefusal.Busy);
    }

    /// <summary>
    /// After the deadline: a request still pending becomes not approved (nothing counted changes). The day as it stands
    /// otherwise. Safe to repeat.
    /// </summary>
    public async Task<OvertimeDay?> LapseAsync(string staffId, DateOnly dayOf, int version, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var before = await store.GetDayAsync(staffId, dayOf, cancellationToken);
            if (before is null || before.Value.Version != version || before.Value.State != OvertimeState.Pending)
            {
                return before?.Value;
            }

            var lapsed = before.Value with { State = OvertimeState.NotApproved, DecidedAt = clock.Now };
            if (await ledger.ChangeAsync(before, lapsed.Recounted(), cancellationToken) is { } written)
            {
                await inbox.RemoveAsync(written.ApproverId, staffId, dayOf, cancellationToken);
                return written;
            }
        }

        return null;
    }

    /// <summary>The employee's actual end time of an approved day, on the day or later; it replaces the estimate in the totals.</summary>
    public async Task<OvertimeOutcome> RecordActualAsync(string staffId, DateOnly dayOf, string? actualEnd,
        CancellationToken cancellationToken = default)
    {
        var valid = TimeOnly.TryParseExact(actualEnd?.Trim(), "HH:mm", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var end);
        var minutes = valid ? clock.MinutesUntil(end) : -1;
        if (minutes is < 0 or > MaxActualMinutes)
        {
            return OvertimeOutcome.Invalid([new FieldError("actualEnd", OvertimeTexts.ActualEndInvalid)]);
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var before = await store.GetDayAsync(staffId, dayOf, cancellationToken);
            if (before is null)
            {
                return OvertimeOutcome.Refused(OvertimeRefusal.NotFound);
            }

            if (before.Value.State != OvertimeState.Approved)
            {
                return OvertimeOutcome.Refused(OvertimeRefusal.NotApproved, before.Value);
            }

            if (dayOf > clock.Today)
            {
                return OvertimeOutcome.Invalid([new FieldError("actualEnd", OvertimeTexts.ActualTooEarly)], before.Value);
            }

            var recorded = before.Value with { ActualEnd = end, ActualMinutes = minutes, ActualSource = "employee" };
            if (await ledger.ChangeAsync(before, recorded.Recounted(), cancellationToken) is { } written)
            {
                return OvertimeOutcome.Done(written);
            }
        }

        return OvertimeOutcome.Refused(OvertimeRefusal.Busy);
    }

    /// <summary>Sixteen hours past the end of regular hours: a later end time is taken as a mistake, not a day of work.</summary>
    public const int MaxActualMinutes = 16 * 60;

    private CapAssessment Assess(YearsRead years, string staffId, DateOnly day, Designation designation, IReadOnlyList<PersonalCap> caps,
        decimal hours, int countedMinutes)
    {
        var year = (years.Current?.Value ?? OvertimeYear.Empty(staffId, years.Year)).Seeing(day, designation);

        // A day that already counts (an actual imported before a new request) is assessed without its own minutes.
        var totals = year.Add(day, designation, -countedMinutes);
        var input = new CapCheckInput(totals.Totals, years.Previous?.Value.Totals, totals.Timeline, day, hours, caps);
        return CapCheck.Assess(input, Policy);
    }

    private async Task<IReadOnlyList<PersonalCap>> PersonalCapsAsync(string staffId, DateOnly day, CancellationToken cancellationToken)
    {
        var caps = new List<PersonalCap>();
        foreach (var sheet in await careSheets.ListAsync(staffId, CareSheetState.Approved, cancellationToken: cancellationToken))
        {
            var content = await careSheets.GetContentAsync(sheet.Id, sheet.Version, cancellationToken);
            if (content is not null && PersonalCap.FromSheet(content) is { } cap && cap.AppliesOn(day))
            {
                caps.Add(cap);
            }
        }

        return caps;
    }

    private static List<FieldError> RequestErrors(RequestInput input, out TimeOnly? targetEnd, out int minutes)
    {
        var errors = new List<FieldError>();
        var tasks = input.Tasks?.Trim();
        if (string.IsNullOrEmpty(tasks))
        {
            errors.Add(new FieldError("tasks", OvertimeTexts.TasksRequired));
        }
        else if (tasks.Length > OvertimeOptions.MaxTasksLength)
        {
            errors.Add(new FieldError("tasks", OvertimeTexts.TasksTooLong.With(OvertimeOptions.MaxTasksLength)));
        }

        targetEnd = TimeOnly.TryParseExact(input.TargetEnd?.Trim(), "HH:mm", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var end) ? end : null;
        if (targetEnd is null)
        {
            errors.Add(new FieldError("targetEnd", OvertimeTexts.TargetEndInvalid));
        }

        var hours = input.EstimatedHours;
        minutes = hours is { } h ? (int)(h * 60m) : 0;
        if (hours is not { } given || given <= 0m || given > CapCheck.MaxRequestHours || given * 4m != decimal.Truncate(given * 4m))
        {
            errors.Add(new FieldError("estimatedHours", OvertimeTexts.HoursInvalid));
        }

        return errors;
    }

    private static List<FieldError> DecisionErrors(DecisionInput input, out SpecialDuty? special)
    {
        special = null;
        var errors = new List<FieldError>();
        if (input.Approve is null)
        {
            errors.Add(new FieldError("decision", OvertimeTexts.ChooseDecision));
        }

        if (input.Comment?.Trim().Length > OvertimeOptions.MaxCommentLength)
        {
            errors.Add(new FieldError("comment", OvertimeTexts.CommentTooLong.With(OvertimeOptions.MaxCommentLength)));
        }

        if (!string.IsNullOrWhiteSpace(input.SpecialDutyReason))
        {
            special = SpecialDuty.Create(input.SpecialDutyReason, out var problem);
            if (problem == SpecialDutyProblem.ReasonTooLong)
            {
                errors.Add(new FieldError("specialDutyReason", OvertimeCapTexts.SpecialDutyReasonTooLong.With(SpecialDuty.MaxReasonLength)));
            }
        }

        return errors;
    }
}
