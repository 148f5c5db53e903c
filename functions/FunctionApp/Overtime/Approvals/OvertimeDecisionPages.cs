using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Organisation.Lookup;
using Transformation.Overtime.MyOvertime;
using Transformation.Overtime.Requests;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.Approvals;

/// <summary>The decision page, the same signed in and through the link, and its answers: decided, already decided, refused.</summary>
public sealed class OvertimeDecisionPages(OvertimeRequests requests, OvertimeRoster roster, OvertimeClock clock, JapanTime japan)
{
    /// <summary>The request with its projected totals and caps (assessed as the decision will be), and the form.</summary>
    public async Task<ContentResult> DecideAsync(PageRequest page, OvertimeDay day, FormState form, string action, string? linkPage,
        int status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(day);
        var index = await roster.IndexAsync(cancellationToken);
        var assessment = await requests.AssessAsync(day, day.EstimatedHours, cancellationToken);
        var projection = new OvertimeProjectionView(day.EstimatedHours, assessment, requests.Policy);
        var person = index?.Person(day.StaffId);
        var decideForm = new OvertimeDecisionForm(form, page.Csrf, PageLinks.InLanguage(action, page.Language), day.Version, linkPage);
        var view = new OvertimeDecisionView(day, person?.Name ?? day.StaffId, person?.DivisionName ?? "", At(day.SubmittedAt),
            At(clock.DecisionDue(day.Day, day.SubmittedAt)), projection, decideForm);
        return page.Render<OvertimeDecisionPage>(OvertimeApprovalTexts.DecisionTitle, view, status);
    }

    /// <summary>The decision as sent: approve or decline, the comment and the 特例業務 reason, for the version shown.</summary>
    public static DecisionInput Input(PagePost post, int? version)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new DecisionInput(OvertimeDecisionForm.ParseDecision(post.Field(OvertimeDecisionForm.DecisionField)),
            post.Field(OvertimeDecisionForm.CommentField), post.Field(OvertimeDecisionForm.SpecialDutyField), version);
    }

    /// <summary>What was decided, in the words of the one who decided.</summary>
    public async Task<Text> DoneAsync(OvertimeDay day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(day);
        var name = OvertimeRoster.NameOf(await roster.IndexAsync(cancellationToken), day.StaffId);
        var done = day.State == OvertimeState.Approved ? OvertimeApprovalTexts.ApprovedDone : OvertimeApprovalTexts.DeclinedDone;
        return done.With(name, MyOvertimeTexts.DayName(day.Day));
    }

    public async Task<ContentResult> RecordedAsync(PageRequest page, OvertimeDay day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var view = new OvertimeDecisionRecordedView(await DoneAsync(day, cancellationToken));
        return page.Render<OvertimeDecisionRecordedPage>(OvertimeApprovalTexts.RecordedTitle, view);
    }

    /// <summary>A refused decision: who decided what and when for a day already decided, else why it cannot be decided.</summary>
    public async Task<ContentResult> RefusedAsync(PageRequest page, OvertimeRefusal refusal, OvertimeDay? day, string regularEnd,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (refusal == OvertimeRefusal.NotFound || day is null)
        {
            return page.NotFound();
        }

        if (day.State != OvertimeState.Pending)
        {
            var message = day is { DecidedBy: { } by, DecidedAt: { } at }
                ? OvertimeApprovalTexts.DecidedBy.With(OvertimeRoster.NameOf(await roster.IndexAsync(cancellationToken), by), At(at),
                    MyOvertimeTexts.StateName(day.State))
                : OvertimeRefusals.Message(OvertimeRefusal.NotPending, regularEnd);
            return page.Error(StatusCodes.Status409Conflict, OvertimeApprovalTexts.AlreadyDecidedTitle, message);
        }

        return page.Error(OvertimeRefusals.Status(refusal), OvertimeApprovalTexts.CannotDecideTitle,
            OvertimeRefusals.Message(refusal, regularEnd, deciding: true));
    }

    private Text At(DateTimeOffset instant) => DisplayDates.Both(japan.ToLocal(instant));

    /// <summary>The roster's index, for a page that names people.</summary>
    public Task<RosterIndex?> IndexAsync(CancellationToken cancellationToken) => roster.IndexAsync(cancellationToken);
}
