using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
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
    AttentionActions actions,
    AttentionActionLog actionLog,
    FormProtection forms,
    CallerLanguage languages,
    JapanTime japanTime,
    IOptions<AttentionOptions> options)
{
    public const string Path = "/attention";

    private static readonly Text Title = new("対応が必要な項目", "Needs attention");

    [Function("AttentionPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR page: what needs attention, with a button for each safe action (remind again, reassign, resume, re-signal).")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "attention")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var notice = Html.Empty;
        if (request.Query["done"].ToString() is var done && Platform.Http.RouteIds.IsPlausible(done)
            && await actionLog.OutcomeAsync(done, caller.StaffId, cancellationToken) is { } outcome)
        {
            notice = Html.Format($"""<p class="notice" role="status">{outcome.Message.In(language)}</p>""");
        }

        var items = await finder.ListAsync(client, cancellationToken);
        var csrf = forms.HiddenField(request.HttpContext);
        var intro = Html.Format($"""
            <p>{new Text($"承認の判断待ちが{AttentionFinder.Describe(options.Value.Waiting, Language.Ja)}を過ぎたシート、失敗したり、既に起きたことを待ち続けたりしているワークフローです。操作はすべて記録されます。",
                $"Sheets waiting for a decision longer than {AttentionFinder.Describe(options.Value.Waiting, Language.En)}, and workflows that failed or wait for something that has already happened. Every action is recorded.").In(language)}</p>
            """);
        var list = items.Count == 0
            ? Html.Format($"""<p class="empty">{new Text("いま対応が必要な項目はありません。", "Nothing needs attention now.").In(language)}</p>""")
            : Html.Format($"""
                <table class="attention"><thead><tr><th>{new Text("内容", "What").In(language)}</th><th>{new Text("いつから", "Since").In(language)}</th><th>{new Text("理由", "Why").In(language)}</th><th>{new Text("操作", "Actions").In(language)}</th></tr></thead>
                <tbody>{Html.Join(items.Select(i => Row(i, language, csrf)))}</tbody></table>
                """);
        var links = Html.Format($"""<p><a href="/care-sheets?lang={language.Code()}">{new Text("育児・介護シート", "Care sheets").In(language)}</a> ・ <a href="/organisation/roster?lang={language.Code()}">{new Text("職員名簿", "Staff roster").In(language)}</a></p>""");
        return PageResults.Page(request, language, Title, Html.Join(notice, intro, list, links));
    }

    [Function("AttentionPageAction")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR page: carries out one action from the attention page (anti-forgery checked); back to the list with the outcome, "
        + "or a page saying why not (400 bad input, 409 no longer needed).")]
    public async Task<IActionResult> Act(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "attention")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = Caller.Required(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var to = form["to"].ToString().Trim();
        var input = new AttentionRequest(form["action"].ToString(), form["instanceId"].ToString(), to.Length == 0 ? null : to, form["actionId"].ToString());
        var result = await actions.PerformAsync(caller, input, client, "page", cancellationToken);
        if (result.Outcome.Status == StatusCodes.Status200OK)
        {
            request.HttpContext.Response.Headers.Location = $"{Path}?done={Uri.EscapeDataString(input.ActionId!)}&lang={language.Code()}";
            return new StatusCodeResult(StatusCodes.Status303SeeOther);
        }

        var details = result.Errors.Count > 0
            ? Html.Format($"""<ul class="summary">{Html.Join(result.Errors.Select(e => Html.Format($"<li>{e.Message.In(language)}</li>")))}</ul>""")
            : Html.Empty;
        var body = Html.Format($"""
            <p class="notice" role="alert">{result.Outcome.Message.In(language)}</p>
            {details}
            <p><a href="{Path}?lang={language.Code()}">{new Text("対応が必要な項目の一覧へ戻る", "Back to the list").In(language)}</a></p>
            """);
        var title = result.Outcome.Status == StatusCodes.Status400BadRequest
            ? new Text("入力に誤りがあります", "The action is not valid")
            : new Text("この操作はできません", "This action cannot be taken");
        return PageResults.Page(request, language, title, body, result.Outcome.Status);
    }

    private Html Row(AttentionItem item, Language language, Html csrf)
    {
        var code = language.Code();
        var what = Html.Format($"""{AttentionTexts.KindLabel(item.Kind).In(language)}<br>{AttentionTexts.ProcessLabel(item.Process).In(language)}""");
        var target = item.Page is { } page
            ? Html.Format($"""<a href="{page}?lang={code}">{item.InstanceId}</a>""")
            : Html.Text(item.InstanceId);
        var why = Html.Join(item.Why.Select(w => Html.Format($"<p>{w.In(language)}</p>")));
        var buttons = item.Actions.Count == 0
            ? Html.Format($"<p>{new Text("ここでできる操作はありません。", "No action can be taken here.").In(language)}</p>")
            : Html.Join(item.Actions.Select(a => ActionForm(item, a, language, csrf)));
        return Html.Format($"""
            <tr data-instance="{item.InstanceId}" data-kind="{item.Kind}"><td>{what}<br>{target}</td><td>{DisplayDates.Format(japanTime.ToLocal(item.Since), language)}</td><td>{why}</td><td>{buttons}</td></tr>
            """);
    }

    private static Html ActionForm(AttentionItem item, string action, Language language, Html csrf)
    {
        var id = Guid.NewGuid().ToString("N");
        var to = action == AttentionActionNames.Reassign
            ? Html.Format($"""<label for="to-{id}">{new Text("新しい承認者の職員番号", "Staff id of the new approver").In(language)}</label><input id="to-{id}" name="to" type="text" required maxlength="128" autocomplete="off">""")
            : Html.Empty;
        return Html.Format($"""
            <form method="post" action="{Path}?lang={language.Code()}" class="action-{action}">{csrf}<input type="hidden" name="action" value="{action}"><input type="hidden" name="instanceId" value="{item.InstanceId}"><input type="hidden" name="actionId" value="{id}">{to}<p><button type="submit">{AttentionTexts.ActionLabel(action).In(language)}</button></p></form>
            """);
    }
}
