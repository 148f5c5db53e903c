using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.CareSheets.Sheets;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.HrConsole;

/// <summary>
/// HR's pages over every sheet: the list with the API's filters, and a sheet's audit trail. Neither shows a sheet's
/// content (so neither is a read to audit); the sheet's own page, linked from both, is where content is read and recorded.
/// </summary>
public sealed class CareSheetHrPageFunctions(CareSheetHrConsole console, RosterDirectory roster, JapanTime japan, PageRequests pages)
{
    private const string Workflow = "workflow";

    [Function("CareSheetAllPage")]
    [QueryParameter("state", "Only sheets in this state: pending, returned, approved, declined, withdrawn or ended.")]
    [QueryParameter("bureau", "Only sheets of this bureau (its code).")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: every sheet, filtered as the API is (?state=, ?bureau=) by a GET form; each row names the employee, "
        + "kind, period, version, state and who decides or decided, and links to the sheet and its audit trail.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/all")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var state = request.Query[CareSheetFilter.StateField].ToString();
        var bureau = request.Query[CareSheetFilter.BureauField].ToString();
        var filter = CareSheetFilter.Parse(state, bureau, out var error);
        var names = new CareSheetRosterNames(roster);
        var rows = new List<CareSheetRow>();
        IReadOnlyList<CareSheet> sheets = filter is null ? [] : await console.ListAsync(filter, cancellationToken);
        foreach (var sheet in sheets)
        {
            rows.Add(await RowAsync(sheet, names, cancellationToken));
        }

        var view = new CareSheetListView(
            filter?.State is { } s ? CareSheetLabels.Code(s) : "",
            filter?.Bureau ?? "",
            [.. Enum.GetValues<CareSheetState>().Select(v => new CareSheetChoice(CareSheetLabels.Code(v), CareSheetLabels.Of(v)))],
            await BureausAsync(names, filter?.Bureau, cancellationToken),
            rows,
            filter?.Narrows ?? true,
            error?.Message);
        return page.Render<CareSheetListPage>(
            CareSheetHrTexts.ListTitle, view, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    [Function("CareSheetAuditPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Page for HR: a sheet's audit trail (who read it, who was refused, approval links opened, decisions and changes), "
        + "in Japan time, oldest first; 404 page for an unknown sheet.")]
    public async Task<IActionResult> Trail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "care-sheets/{id:length(32)}/audit")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        if (await console.TrailAsync(id, cancellationToken) is not { } trail)
        {
            return page.NotFound();
        }

        var sheet = trail.Sheet;
        var names = new CareSheetRosterNames(roster);
        var entries = new List<CareSheetTrailEntry>();

        // Oldest first, as the trail is stored and as the API and the sheet's own history list it: HR reads it as the sheet's
        // story from its submission, and an entry is understood by what came before it (a refused read after a reassignment).
        foreach (var entry in trail.Entries)
        {
            var detail = entry.Action switch
            {
                AuditActions.Decide => CareSheetLabels.ParseDecision(entry.Detail) is { } d ? CareSheetLabels.Of(d) : Plain(entry.Detail),
                AuditActions.Escalate or AuditActions.Reassign when entry.Detail is { } to
                    => await PersonAsync(to, sheet, names, cancellationToken),
                _ => Plain(null),
            };
            entries.Add(new CareSheetTrailEntry(
                DisplayDates.Both(japan.ToLocal(entry.At)),
                entry.Actor == Workflow ? CareSheetHrTexts.SystemActor : await PersonAsync(entry.Actor, sheet, names, cancellationToken),
                entry.Action,
                CareSheetHrTexts.Action(entry.Action, detail),
                entry.Version,
                CareSheetHrTexts.ChannelName(entry.Channel)));
        }

        var view = new CareSheetTrailView(await RowAsync(sheet, names, cancellationToken), entries);
        var title = CareSheetHrTexts.TrailTitle.With(sheet.OwnerName, CareSheetLabels.Of(sheet.Kind));
        return page.Render<CareSheetTrailPage>(title, view);
    }

    private async Task<CareSheetRow> RowAsync(CareSheet sheet, CareSheetRosterNames names, CancellationToken cancellationToken)
    {
        Text decider;
        if (sheet.DecidedByName is { } decidedBy)
        {
            decider = CareSheetHrTexts.DecidedBy.With(decidedBy, DisplayDates.Both(japan.ToLocal(sheet.DecidedAt ?? sheet.UpdatedAt)));
        }
        else if (sheet.State == CareSheetState.Pending && sheet.Approvers.Count > 0)
        {
            var approvers = new List<string>();
            foreach (var id in sheet.Approvers)
            {
                approvers.Add(await names.PersonAsync(id, sheet.SnapshotId, cancellationToken) ?? id);
            }

            decider = CareSheetHrTexts.Awaiting.With(new Text(string.Join("、", approvers), string.Join(", ", approvers)));
        }
        else
        {
            decider = CareSheetHrTexts.NobodyDecides;
        }

        var period = $"{Iso(sheet.PeriodFrom)} – {Iso(sheet.PeriodTo)}";
        var division = await names.DivisionAsync(sheet.DivisionCode, sheet.SnapshotId, cancellationToken) ?? sheet.DivisionCode;
        return new CareSheetRow(sheet.Id, sheet.OwnerName, division, CareSheetLabels.Of(sheet.Kind), period, sheet.Version,
            CareSheetLabels.Code(sheet.State), CareSheetLabels.Of(sheet.State), decider);
    }

    /// <summary>The current roster's bureaus, and the one filtered on when the roster no longer has it (so the form shows it).</summary>
    private static async Task<IReadOnlyList<CareSheetChoice>> BureausAsync(
        CareSheetRosterNames names, string? asked, CancellationToken cancellationToken)
    {
        var bureaus = (await names.CurrentAsync(cancellationToken))?.Bureaus ?? [];
        var choices = bureaus.Select(b => new CareSheetChoice(b.Code, Plain(b.Name))).ToList();
        if (asked is not null && bureaus.All(b => b.Code != asked))
        {
            choices.Add(new CareSheetChoice(asked, Plain(asked)));
        }

        return choices;
    }

    private static async Task<Text> PersonAsync(string staffId, CareSheet sheet, CareSheetRosterNames names, CancellationToken cancellationToken) =>
        await names.PersonAsync(staffId, sheet.SnapshotId, cancellationToken) is { } name
            ? CareSheetHrTexts.Person.With(name, staffId)
            : Plain(staffId);

    // Names and codes read the same in both languages.
    private static Text Plain(string? value) => new(value ?? "", value ?? "");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
