using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.CareSheets.Api;
using Transformation.CareSheets.Model;
using Transformation.CareSheets.Storage;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.CareSheets.Pages;

/// <summary>
/// The page of one sheet for a signed-in reader (owner, approver on its route, HR): where it stands, its
/// content, its history, and for an approver whose decision is awaited the decision form. The history is
/// the audit trail without the reads, with names from the sheet's roster snapshot.
/// </summary>
public sealed class CareSheetSheetPage(FormProtection forms, CareSheetAudit audit, RosterDirectory roster, JapanTime japanTime)
{
    public const string VersionField = "version";

    private static readonly Text Title = new("育児・介護シート", "Childcare or caregiving sheet");

    public async Task<ContentResult> RenderAsync(HttpRequest request, Caller caller, CareSheet sheet, CareSheetContent content, PageForm decisionForm,
        int status = StatusCodes.Status200OK, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(decisionForm);
        var language = decisionForm.Language;
        var body = Html.Join(
            Standing(sheet, language),
            Html.Format($"<h2>{new Text("内容", "Content").In(language)}</h2>"),
            CareSheetHtml.Details(sheet, content, language),
            await HistoryAsync(sheet, language, cancellationToken),
            CareSheetAccess.MayDecide(caller, sheet) && sheet.State == CareSheetState.Pending ? DecisionForm(request, sheet, decisionForm) : Html.Empty,
            Links(caller, sheet, language));
        return PageResults.Page(request, language, $"{Title.In(language)}（{sheet.OwnerName}）", body, status);
    }

    /// <summary>409: someone else decided first, the employee withdrew, or a newer version came in since the page was opened.</summary>
    public ContentResult Conflict(HttpRequest request, Language language, CareSheet sheet, int versionShown)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        Text message;
        if (sheet.State == CareSheetState.Withdrawn)
        {
            message = new("このシートは本人により取り下げられました。判断は不要です。", "This sheet was withdrawn by the employee. No decision is needed.");
        }
        else if (sheet.Version > versionShown)
        {
            message = new($"このシートは本人が修正し、第{sheet.Version}版が提出されています。最新の内容を確認してから判断してください。",
                $"The employee has revised this sheet; version {sheet.Version} has been submitted. Please read the latest version before deciding.");
        }
        else if (sheet is { DecidedByName: { } name, Decision: { } decision, DecidedAt: { } at })
        {
            string When(Language l) => DisplayDates.Format(japanTime.ToLocal(at), l);
            message = new($"このシートは{When(Language.Ja)}に{name}さんが判断済みです（{CareSheetLabels.Of(decision).Ja}）。あなたの判断は記録されていません。",
                $"{name} already decided on this sheet on {When(Language.En)} ({CareSheetLabels.Of(decision).En}). Your decision was not recorded.");
        }
        else
        {
            message = new("このシートは現在判断できる状態ではありません。", "This sheet cannot be decided now.");
        }

        var code = language.Code();
        var body = Html.Format($"""
            <p class="notice" role="alert">{message.In(language)}</p>
            <p><a href="/care-sheets/{sheet.Id}?lang={code}">{new Text("シートを表示する", "Show the sheet").In(language)}</a> ・ <a href="/care-sheets/to-approve?lang={code}">{new Text("承認待ちのシートの一覧へ", "Back to the sheets awaiting your decision").In(language)}</a></p>
            """);
        return PageResults.Page(request, language, new Text("判断できませんでした", "Your decision was not recorded"), body, StatusCodes.Status409Conflict);
    }

    private Html Standing(CareSheet sheet, Language language)
    {
        var rows = new List<(Text Label, string Value)>
        {
            (new("状態", "State"), CareSheetLabels.Of(sheet.State).In(language)),
            (new("提出日時", "Submitted"), DisplayDates.Format(japanTime.ToLocal(sheet.SubmittedAt), language)),
        };
        if (sheet is { Decision: { } decision, DecidedByName: { } name })
        {
            var when = sheet.DecidedAt is { } at ? "（" + DisplayDates.Format(japanTime.ToLocal(at), language) + "）" : "";
            rows.Add((new("判断", "Decision"), $"{CareSheetLabels.Of(decision).In(language)}：{name}{when}"));
            if (!string.IsNullOrEmpty(sheet.DecisionComment))
            {
                rows.Add((new("コメント", "Comment"), sheet.DecisionComment));
            }
        }

        return Html.Format($"""<table class="standing"><tbody>{Html.Join(rows.Select(r => Html.Format($"<tr><th scope=\"row\">{r.Label.In(language)}</th><td style=\"white-space:pre-wrap\">{r.Value}</td></tr>")))}</tbody></table>""");
    }

    private async Task<Html> HistoryAsync(CareSheet sheet, Language language, CancellationToken cancellationToken)
    {
        var entries = (await audit.ReadAsync(sheet.Id, cancellationToken))
            .Where(e => e.Action is not (AuditActions.Read or AuditActions.ReadRefused or AuditActions.LinkOpened)).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in entries.SelectMany(e => e.Action is AuditActions.Escalate or AuditActions.Reassign && e.Detail is { } to ? [e.Actor, to] : new[] { e.Actor }).Distinct(StringComparer.Ordinal))
        {
            names[id] = id == "workflow" ? new Text("システム", "System").In(language) : (await roster.GetPersonAsync(id, sheet.SnapshotId, cancellationToken))?.Name ?? id;
        }

        var rows = Html.Join(entries.Select(e => Html.Format($"""
            <tr><td>{DisplayDates.Format(japanTime.ToLocal(e.At), language)}</td><td>{e.Version.ToString(CultureInfo.InvariantCulture)}</td><td>{What(e, names, language)}</td><td>{names[e.Actor]}</td></tr>
            """)));
        return Html.Format($"""
            <h2>{new Text("経過", "History").In(language)}</h2>
            <table class="history"><thead><tr><th>{new Text("日時", "When").In(language)}</th><th>{new Text("版", "Version").In(language)}</th><th>{new Text("内容", "What").In(language)}</th><th>{new Text("操作した人", "By").In(language)}</th></tr></thead>
            <tbody>{rows}</tbody></table>
            """);
    }

    private static string What(AuditEntry entry, Dictionary<string, string> names, Language language) => entry.Action switch
    {
        AuditActions.Submit => new Text("提出", "Submitted").In(language),
        AuditActions.Revise => new Text("修正して再提出", "Revised and submitted again").In(language),
        AuditActions.Decide => new Text("判断：", "Decision: ").In(language) + (CareSheetLabels.ParseDecision(entry.Detail) is { } d ? CareSheetLabels.Of(d).In(language) : entry.Detail ?? ""),
        AuditActions.Withdraw => new Text("取下げ", "Withdrawn").In(language),
        AuditActions.Escalate => new Text("期限までに判断がなく、上位者に承認を依頼", "Not decided in time; asked the next supervisor").In(language) + (entry.Detail is { } to ? $"（{names[to]}）" : ""),
        AuditActions.End => new Text("期間終了", "Period ended").In(language),
        AuditActions.Remind => new Text("人事課が承認者に改めて督促", "HR reminded the approvers again").In(language),
        AuditActions.Reassign => new Text("人事課が承認者を変更", "HR gave the decision to another person").In(language) + (entry.Detail is { } to && names.TryGetValue(to, out var name) ? $"（{name}）" : ""),
        AuditActions.Resume => new Text("人事課がワークフローを再開", "HR started the workflow again").In(language),
        AuditActions.Resignal => new Text("人事課がワークフローに再通知", "HR signalled the workflow again").In(language),
        _ => entry.Action,
    };

    private Html DecisionForm(HttpRequest request, CareSheet sheet, PageForm form)
    {
        var language = form.Language;
        var fields = Html.Join(
            Html.Format($"""<input type="hidden" name="{VersionField}" value="{sheet.Version.ToString(CultureInfo.InvariantCulture)}">"""),
            form.Radios(CareSheetLinkPages.DecisionField, new("判断", "Decision"), CareSheetLinkPages.Decisions, required: true),
            form.TextArea(CareSheetLinkPages.CommentField, new("コメント（差戻し・却下の場合は必須）", "Comment (required to return or decline)"), rows: 4));
        return Html.Join(
            Html.Format($"<h2>{new Text("判断", "Your decision").In(language)}</h2>"),
            form.Form(forms.HiddenField(request.HttpContext), fields, new("送信する", "Send"), $"/care-sheets/{sheet.Id}/decision?lang={language.Code()}"));
    }

    private static Html Links(Caller caller, CareSheet sheet, Language language)
    {
        var code = language.Code();
        var edit = CareSheetAccess.IsOwner(caller, sheet) && CareSheetPageResults.CanRevise(sheet)
            ? Html.Format($"""<a href="/care-sheets/{sheet.Id}/edit?lang={code}">{new Text("このシートを修正する", "Revise this sheet").In(language)}</a> ・ """)
            : Html.Empty;
        return Html.Format($"""
            <p>{edit}<a href="/care-sheets?lang={code}">{new Text("提出したシートの一覧", "Your sheets").In(language)}</a> ・ <a href="/care-sheets/to-approve?lang={code}">{new Text("承認待ちのシート", "Sheets awaiting your decision").In(language)}</a></p>
            """);
    }
}
