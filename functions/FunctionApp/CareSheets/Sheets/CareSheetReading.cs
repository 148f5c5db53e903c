using Microsoft.AspNetCore.Mvc;
using Transformation.CareSheets.Approval;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Sheets;

/// <summary>
/// Builds the page of one sheet for a signed-in reader (owner, approver on its route, HR): where it stands, its content,
/// its history, and for an approver whose decision is awaited the decision form. The history is the audit trail without
/// the reads, with names from the sheet's roster snapshot.
/// </summary>
public sealed class CareSheetReading(CareSheetAudit audit, RosterDirectory roster, JapanTime japanTime)
{
    private const string Workflow = "workflow";

    public static Text TitleOf(CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return CareSheetTexts.Title.With(sheet.OwnerName);
    }

    /// <summary>404 for no such sheet, 403 for anyone but its owner, the approvers on its route and HR (the API's rule).</summary>
    public static ContentResult? Refusal(PageRequest page, CareSheet? sheet)
    {
        ArgumentNullException.ThrowIfNull(page);
        return sheet is null ? page.NotFound()
            : CareSheetAccess.MayRead(page.SignedIn, sheet) ? null
            : page.Forbidden();
    }

    public async Task<CareSheetPageView> ViewAsync(
        PageRequest page, CareSheet sheet, CareSheetContent content, FormState decisionForm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(sheet);
        var caller = page.SignedIn;
        Text? decision = null;
        if (sheet is { Decision: { } decided, DecidedByName: { } name })
        {
            decision = sheet.DecidedAt is { } at
                ? CareSheetTexts.DecisionByAt.With(CareSheetLabels.Of(decided), name, When(at))
                : CareSheetTexts.DecisionBy.With(CareSheetLabels.Of(decided), name);
        }

        var decide = CareSheetAccess.MayDecide(caller, sheet) && sheet.State == CareSheetState.Pending
            ? new CareSheetDecisionForm(decisionForm, page.Csrf, PageLinks.InLanguage($"/care-sheets/{sheet.Id}/decision", page.Language),
                Version: sheet.Version)
            : null;
        return new CareSheetPageView(sheet, content, When(sheet.SubmittedAt), decision, await HistoryAsync(sheet, cancellationToken), decide,
            CareSheetAccess.IsOwner(caller, sheet) && CareSheetAccess.CanRevise(sheet));
    }

    private async Task<IReadOnlyList<CareSheetHistoryEntry>> HistoryAsync(CareSheet sheet, CancellationToken cancellationToken)
    {
        var entries = (await audit.ReadAsync(sheet.Id, cancellationToken))
            .Where(e => e.Action is not (AuditActions.Read or AuditActions.ReadRefused or AuditActions.LinkOpened)).ToList();
        var names = new Dictionary<string, Text>(StringComparer.Ordinal);
        var people = entries.SelectMany(e =>
            e.Action is AuditActions.Escalate or AuditActions.Reassign && e.Detail is { } to ? [e.Actor, to] : new[] { e.Actor });
        foreach (var id in people.Distinct(StringComparer.Ordinal))
        {
            names[id] = id == Workflow
                ? CareSheetTexts.SystemActor
                : Plain((await roster.GetPersonAsync(id, sheet.SnapshotId, cancellationToken))?.Name ?? id);
        }

        return [.. entries.Select(e => new CareSheetHistoryEntry(When(e.At), e.Version, What(e, names), names[e.Actor]))];
    }

    private static Text What(AuditEntry entry, Dictionary<string, Text> names) => entry.Action switch
    {
        AuditActions.Submit => CareSheetTexts.Submit,
        AuditActions.Revise => CareSheetTexts.Revise,
        AuditActions.Decide => CareSheetTexts.Decided.With(
            CareSheetLabels.ParseDecision(entry.Detail) is { } d ? CareSheetLabels.Of(d) : Plain(entry.Detail ?? "")),
        AuditActions.Withdraw => CareSheetTexts.Withdraw,
        AuditActions.Escalate => entry.Detail is { } to ? CareSheetTexts.EscalateTo.With(names[to]) : CareSheetTexts.Escalate,
        AuditActions.End => CareSheetTexts.End,
        AuditActions.Remind => CareSheetTexts.Remind,
        AuditActions.Reassign => entry.Detail is { } to && names.TryGetValue(to, out var name)
            ? CareSheetTexts.ReassignTo.With(name)
            : CareSheetTexts.Reassign,
        AuditActions.Resume => CareSheetTexts.Resume,
        AuditActions.Resignal => CareSheetTexts.Resignal,
        _ => Plain(entry.Action),
    };

    private Text When(DateTimeOffset at) => DisplayDates.Both(japanTime.ToLocal(at));

    // Names and codes read the same in both languages.
    private static Text Plain(string value) => new(value, value);
}
