using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.TeamUp.Entries;

/// <summary>
/// The entry page (the form for the division's head until the deadline; read-only for everyone else allowed,
/// and for the head afterwards) and the completion page for HR and the bureau coordinators.
/// </summary>
public sealed class EntryPageFunctions(EntryService entries, PageRequests pages, JapanTime japanTime)
{
    [Function("TeamUpEntryPage")]
    [QueryParameter("done", "What was just done (saved or submitted), shown as a notice.")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: a division's Team-Up entry; the form for its head until the entry deadline, read-only for HR, "
        + "the bureau's coordinators and (once published) all staff.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/entries/{divisionCode}")] HttpRequest request,
        string seasonId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var caller = page.SignedIn;
        var scope = await entries.ScopeAsync(seasonId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return page.NotFound();
        }

        var entry = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
        if (!await entries.MayReadAsync(caller, scope, entry, cancellationToken))
        {
            return scope.Season.IsPublished(entries.Now)
                ? PageResults.Error(request, page.Language, StatusCodes.Status404NotFound, EntryTexts.NotPublicTitle, EntryTexts.NotPublic)
                : PageResults.Error(request, page.Language, StatusCodes.Status403Forbidden, EntryTexts.NotYetPublicTitle, EntryTexts.NotYetPublic);
        }

        var form = FormState.Of(EntryForm.Values(entry));
        var mayWrite = await entries.MayWriteAsync(caller, scope, cancellationToken);
        var rows = (EntryForm.Rows(entry?.Content.StopWork.Count ?? 0), EntryForm.Rows(entry?.Content.Initiatives.Count ?? 0));
        return Render(page, scope, entry, form, mayWrite, rows, null, StatusCodes.Status200OK);
    }

    [Function("TeamUpEntryPagePost")]
    [QueryParameter("done", "Read when the form is shown again: a notice, as on the GET.")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = EntryRoles.Writers)]
    [Description("Page: the division head saves the entry as a draft or submits it (anti-forgery checked); errors next to the fields "
        + "and nothing written; 409 after the deadline or when someone else changed it.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "team-up/{seasonId}/entries/{divisionCode}")] HttpRequest request,
        string seasonId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var page = post.Page;
        var caller = page.SignedIn;
        var scope = await entries.ScopeAsync(seasonId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return page.NotFound();
        }

        if (!await entries.MayWriteAsync(caller, scope, cancellationToken))
        {
            return PageResults.Error(request, page.Language, StatusCodes.Status403Forbidden, EntryTexts.NotHeadTitle, EntryTexts.NotHead);
        }

        var posted = post.Form;
        var submit = post.Field("intent") == "submit";
        var etag = post.Field("etag");
        var (input, toFormField) = EntryForm.Read(posted);
        var save = await entries.SaveAsync(scope, caller, input, etag.Length == 0 ? null : etag, submit, cancellationToken);
        var (stopRows, initiativeRows) = EntryForm.FilledRows(posted);
        var typedRows = (EntryForm.Rows(stopRows), EntryForm.Rows(initiativeRows));
        switch (save.Outcome)
        {
            case EntrySaveOutcome.Saved:
                // Post, redirect, get: a reload does not post again.
                var path = $"/team-up/{Uri.EscapeDataString(seasonId)}/entries/{Uri.EscapeDataString(divisionCode)}";
                return new RedirectResult($"{path}?done={(submit ? "submitted" : "saved")}&lang={page.Language.Code()}",
                    permanent: false, preserveMethod: false);
            case EntrySaveOutcome.Invalid:
                var form = FormState.FromPost(posted, [.. save.Errors.Select(toFormField)]);
                var current = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
                return Render(page, scope, current, form, true, typedRows, null, StatusCodes.Status400BadRequest);
            case EntrySaveOutcome.Closed:
                var stored = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
                return Render(page, scope, stored, FormState.Of(EntryForm.Values(stored)), true, (0, 0), EntryTexts.Closed,
                    StatusCodes.Status409Conflict);
            default:
                // Someone else saved meanwhile: keep what was typed, take their ETag, say so.
                var latest = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
                var values = posted.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
                values["etag"] = latest?.ETag ?? "";
                var changed = new FormState(values, [new FieldError("mission", EntryTexts.ChangedMeanwhile)]);
                return Render(page, scope, latest, changed, true, typedRows, null, StatusCodes.Status409Conflict);
        }
    }

    [Function("TeamUpCompletionPage")]
    [Authorize(Roles = EntryRoles.Followers)]
    [Description("Page: where every division's Team-Up entry stands, with counts and the share submitted per bureau "
        + "(a bureau coordinator sees their bureau).")]
    public async Task<IActionResult> Completion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/completion")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        var completion = await entries.CompletionAsync(seasonId, page.SignedIn, cancellationToken);
        if (completion is null)
        {
            return page.NotFound();
        }

        var divisions = completion.Divisions
            .Select(d => new CompletionDivision(d, When(d.UpdatedAtUtc), When(d.SubmittedAtUtc)))
            .ToList();
        var view = new CompletionPageView(completion, When(completion.EntryDeadlineUtc)!, divisions);
        return page.Render<CompletionPage>(EntryTexts.CompletionTitle.With(seasonId), view);
    }

    private ContentResult Render(
        PageRequest page, EntryScope scope, Entry? entry, FormState form, bool mayWrite, (int Stop, int Initiatives) rows, Text? problem,
        int status)
    {
        var entryView = entries.View(scope, entry, mayWrite);
        var done = page.Http.Query["done"].ToString() switch
        {
            "saved" => EntryTexts.Saved,
            "submitted" => EntryTexts.Submitted,
            _ => null,
        };
        // The anti-forgery pair (and its cookie) only where there is a form to post.
        var csrf = entryView.Editable ? page.Csrf : null;
        var view = new EntryPageView(entryView, When(entryView.EntryDeadlineUtc)!, problem ?? done, problem is not null, form, csrf,
            rows.Stop, rows.Initiatives);
        return page.Render<EntryPage>(EntryTexts.EntryTitle.With(scope.Division.Division.Name, scope.SeasonId), view, status);
    }

    private Text? When(DateTimeOffset? at) => at is { } instant ? DisplayDates.Both(japanTime.ToLocal(instant)) : null;
}
