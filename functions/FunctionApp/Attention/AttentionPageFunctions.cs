using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Attention;

/// <summary>
/// HR's page of what needs attention: the same items as GET /api/attention, each with a button per safe action. Each form
/// carries an action id made when the page was shown, so sending it twice (a double click, a reload of the post) is one
/// action. After the post the browser is sent back to the list with the outcome (post/redirect/get).
/// </summary>
public sealed class AttentionPageFunctions(
    AttentionFinder finder,
    CareSheetStore store,
    AttentionActions actions,
    AttentionActionLog actionLog,
    PageRequests pages,
    JapanTime japanTime,
    IOptions<AttentionOptions> options)
{
    public const string Path = "/attention";

    [Function("AttentionPage")]
    [QueryParameter("done", "The action just taken (its id): its outcome is shown as a notice.")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR page: what needs attention, with a button for each safe action (remind again, reassign, resume, re-signal).")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "attention")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var page = await pages.OpenAsync(request, cancellationToken);
        Text? notice = null;
        if (request.Query["done"].ToString() is var done && Platform.Http.RouteIds.IsPlausible(done)
            && await actionLog.OutcomeAsync(done, page.SignedIn.StaffId, cancellationToken) is { } outcome)
        {
            notice = outcome.Message;
        }

        var items = await finder.ListAsync(client, cancellationToken);
        var sheets = new Dictionary<string, CareSheet?>(StringComparer.Ordinal);
        var rows = new List<AttentionRow>();
        foreach (var item in items)
        {
            Text? sheet = null;
            if (item.SheetId is { } sheetId)
            {
                if (!sheets.TryGetValue(sheetId, out var found))
                {
                    sheets[sheetId] = found = await store.GetAsync(sheetId, cancellationToken);
                }

                sheet = found is null
                    ? null
                    : AttentionTexts.SheetOf.With(found.OwnerName, CareSheetLabels.Of(found.Kind), item.Version ?? found.Version);
            }

            // A fresh id per form when the page is shown: a double post of one form is then one action.
            var buttons = item.Actions.Select(a => new AttentionForm(a, Guid.NewGuid().ToString("N"))).ToList();
            rows.Add(new AttentionRow(item, DisplayDates.Both(japanTime.ToLocal(item.Since)), sheet, buttons));
        }

        var waiting = options.Value.Waiting;
        var setting = new Text(AttentionFinder.Describe(waiting, Language.Ja), AttentionFinder.Describe(waiting, Language.En));
        var intro = AttentionTexts.Intro.With(setting);
        return page.Render<AttentionPage>(AttentionTexts.Title, new AttentionPageView(intro, rows, page.Csrf, notice));
    }

    [Function("AttentionPageAction")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR page: carries out one action from the attention page (anti-forgery checked); back to the list with the outcome, "
        + "or a page saying why not (400 bad input, 409 no longer needed).")]
    public async Task<IActionResult> Act(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "attention")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var (post, refusal) = await pages.PostAsync(request, cancellationToken);
        if (post is null)
        {
            return refusal!;
        }

        var to = post.Field("to").Trim();
        var input = new AttentionRequest(post.Field("action"), post.Field("instanceId"), to.Length == 0 ? null : to, post.Field("actionId"));
        var result = await actions.PerformAsync(post.Page.SignedIn, input, client, "page", cancellationToken);
        if (result.Outcome.Status == StatusCodes.Status200OK)
        {
            // Post, redirect, get: a reload shows the outcome again without acting again.
            return post.Page.SeeOther($"{Path}?done={Uri.EscapeDataString(input.ActionId!)}");
        }

        var view = new AttentionRefusalView(result.Outcome.Message, [.. result.Errors.Select(e => e.Message)]);
        var title = result.Outcome.Status == StatusCodes.Status400BadRequest ? AttentionTexts.ActionInvalid : AttentionTexts.ActionRefused;
        return post.Page.Render<AttentionRefusalPage>(title, view, result.Outcome.Status);
    }
}
