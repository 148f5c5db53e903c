using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.Attention;

/// <summary>HR's attention list as an API: what needs HR, and the actions on it (each idempotent under its actionId, audited).</summary>
public sealed class AttentionApiFunctions(AttentionFinder finder, AttentionActions actions, IOptions<AttentionOptions> options)
{
    [Function("AttentionList")]
    [ProducesResponseType<AttentionListView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: what needs attention: care-sheet approvals waiting longer than Attention:WaitingLongerThan or for an approver who is gone, "
        + "workflows that failed or never started, and workflows waiting for an event the stored state says happened; each with its safe actions.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/attention")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = Languages.Of(request);
        var items = await finder.ListAsync(client, cancellationToken);
        var view = new AttentionListView(
            AttentionFinder.Describe(options.Value.Waiting, language),
            [.. items.Select(i => AttentionItemView.Of(i, language))]);
        return new JsonResult(view, ApiJson.Options);
    }

    [Function("AttentionAction")]
    [AcceptsJson(typeof(AttentionRequest))]
    [ProducesResponseType<AttentionActionView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: an action on an item of the list, { action: remind | reassign | resume | resignal, instanceId, to (reassign), actionId }. "
        + "A repeat with the same actionId answers the first outcome and does nothing again; 409 when the item no longer needs the action.")]
    public async Task<IActionResult> Act(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/attention/actions")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var (body, refused) = await JsonBody.ReadAsync<AttentionRequest>(request, ApiJson.Options, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var result = await actions.PerformAsync(Caller.Required(request), body!, client, "api", cancellationToken);
        var outcome = result.Outcome;
        return outcome.Status switch
        {
            StatusCodes.Status200OK => new JsonResult(new AttentionActionView(body!.ActionId!, body.Action!, body.InstanceId!,
                outcome.Message.In(Languages.Of(request)), result.Repeated), ApiJson.Options),
            StatusCodes.Status400BadRequest => Problems.BadRequest(http, outcome.Message, result.Errors),
            _ => Problems.Create(http, outcome.Status, new Text("この操作はできません", "This action cannot be taken"), outcome.Message),
        };
    }
}
