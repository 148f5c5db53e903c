using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;

namespace Transformation.TeamUp.Entries;

/// <summary>The JSON API of Team-Up entries: read, save (draft), submit, and the completion list for HR and coordinators.</summary>
public sealed class EntryApiFunctions(EntryService entries)
{
    [Function("TeamUpEntryGet")]
    [AnswersETag]
    [ProducesResponseType<EntryView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("A division's Team-Up entry with its ETag, status (not-started, draft, submitted), hours a month saved, whether the caller "
        + "may still edit it, and the deadline. The head, HR and the bureau's coordinators at any time (an empty entry when none yet); "
        + "all staff once the entry deadline has passed, submitted entries only.")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team-up/seasons/{seasonId}/entries/{divisionCode}")] HttpRequest request,
        string seasonId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var caller = Caller.Required(request);
        var scope = await entries.ScopeAsync(seasonId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return Problems.NotFound(http, EntryTexts.NoSuchEntry);
        }

        var entry = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
        if (!await entries.MayReadAsync(caller, scope, entry, cancellationToken))
        {
            return scope.Season.IsPublished(entries.Now)
                ? Problems.NotFound(http, EntryTexts.NotPublic)
                : Problems.Forbidden(http, EntryTexts.NotYetPublic.In(Languages.Of(request)));
        }

        var view = entries.View(scope, entry, await entries.MayWriteAsync(caller, scope, cancellationToken));
        return EntryJson.Result(view, request, entry?.ETag);
    }

    [Function("TeamUpEntryPut")]
    [ConditionalWrite(MayCreate = true)]
    [AnswersETag]
    [AcceptsJson(typeof(EntryRequest))]
    [ProducesResponseType<EntryView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    [Authorize(Roles = EntryRoles.Writers)]
    [Description("The division head saves the entry (a draft may be incomplete; a submitted entry stays submitted). If-Match with the ETag read, "
        + "or If-None-Match: * for the first save (428 with neither); 400 field errors, 403 not the head, 404 no such season or division, "
        + "409 changed by someone else or after the entry deadline, 413 too large, 415 not JSON. Nothing is written on any error.")]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/team-up/seasons/{seasonId}/entries/{divisionCode}")] HttpRequest request,
        string seasonId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var (scope, refused) = await WriterScopeAsync(request, seasonId, divisionCode, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var (ifMatch, unconditional) = WritePreconditions.Require(request, mayCreate: true);
        if (unconditional is not null)
        {
            return unconditional;
        }

        var (body, unreadable) = await JsonBody.ReadAsync<EntryRequest>(request, EntryJson.Options, cancellationToken);
        if (unreadable is not null)
        {
            return unreadable;
        }

        var save = await entries.SaveAsync(scope!, Caller.Required(request), body!.ToInput(), ifMatch, submit: false, cancellationToken);
        return Answer(request, scope!, save, EntryTexts.Invalid);
    }

    [Function("TeamUpEntrySubmit")]
    [ConditionalWrite]
    [AnswersETag]
    [ProducesResponseType<EntryView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [ProducesResponseType(StatusCodes.Status428PreconditionRequired)]
    [Authorize(Roles = EntryRoles.Writers)]
    [Description("The division head submits the entry as last saved; it can still be edited until the entry deadline. "
        + "If-Match required (428 without); 400 with field errors when incomplete, 409 on a stale If-Match or after the deadline.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/team-up/seasons/{seasonId}/entries/{divisionCode}/submit")]
        HttpRequest request,
        string seasonId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (scope, refused) = await WriterScopeAsync(request, seasonId, divisionCode, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var (ifMatch, unconditional) = WritePreconditions.Require(request, mayCreate: false);
        if (unconditional is not null)
        {
            return unconditional;
        }

        var save = await entries.SubmitAsync(scope!, Caller.Required(request), ifMatch, cancellationToken);
        return Answer(request, scope!, save, EntryTexts.Incomplete);
    }

    [Function("TeamUpEntryCompletion")]
    [ProducesResponseType<CompletionView>(StatusCodes.Status200OK)]
    [Authorize(Roles = EntryRoles.Followers)]
    [Description("Where every division's entry stands (not-started, draft, submitted, last update) with counts and the share submitted "
        + "per bureau; HR sees every bureau, a bureau coordinator their own.")]
    public async Task<IActionResult> Completion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team-up/seasons/{seasonId}/completion")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var view = await entries.CompletionAsync(seasonId, Caller.Required(request), cancellationToken);
        return view is null ? Problems.NotFound(request.HttpContext, EntryTexts.NoSuchSeason) : EntryJson.Result(view, request);
    }

    private IActionResult Answer(HttpRequest request, EntryScope scope, EntrySave save, Text invalid) => save.Outcome switch
    {
        EntrySaveOutcome.Saved => EntryJson.Result(entries.View(scope, save.Entry, mayWrite: true), request, save.Entry!.ETag),
        EntrySaveOutcome.Invalid => Problems.BadRequest(request.HttpContext, invalid, save.Errors),
        EntrySaveOutcome.Closed => Problems.Conflict(request.HttpContext, EntryTexts.Closed),
        _ => Problems.Conflict(request.HttpContext, EntryTexts.Changed),
    };

    /// <summary>404 when there is no such season or division; 403 when the caller is not the division's head.</summary>
    private async Task<(EntryScope? Scope, IActionResult? Refused)> WriterScopeAsync(
        HttpRequest request, string seasonId, string divisionCode, CancellationToken cancellationToken)
    {
        var scope = await entries.ScopeAsync(seasonId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return (null, Problems.NotFound(request.HttpContext, EntryTexts.NoSuchEntry));
        }

        return await entries.MayWriteAsync(Caller.Required(request), scope, cancellationToken)
            ? (scope, null)
            : (null, Problems.Forbidden(request.HttpContext, EntryTexts.NotHead.In(Languages.Of(request))));
    }
}
