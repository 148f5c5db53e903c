using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.TeamUp.Entries;

/// <summary>
/// The entry page (the form for the division's head until the deadline; read-only for everyone else allowed,
/// and for the head afterwards) and the completion page for HR and the bureau coordinators.
/// </summary>
public sealed class EntryPageFunctions(
    EntryService entries,
    FormProtection forms,
    CallerLanguage languages,
    JapanTime japanTime)
{
    private static readonly Text EntryTitle = new("チームアップ・チャレンジ 応募", "Team-Up Challenge entry");
    private static readonly Text CompletionTitle = new("チームアップ・チャレンジ 応募状況", "Team-Up Challenge: entries so far");

    [Function("TeamUpEntryPage")]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("Page: a division's Team-Up entry; the form for its head until the entry deadline, read-only for HR, the bureau's coordinators and (once published) all staff.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/entries/{divisionCode}")] HttpRequest request,
        string seasonId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var caller = Caller.Required(request);
        var scope = await entries.ScopeAsync(seasonId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        var entry = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
        if (!await entries.MayReadAsync(caller, scope, entry, cancellationToken))
        {
            return scope.Season.IsPublished(entries.Now)
                ? PageResults.Error(request, language, StatusCodes.Status404NotFound, new("公開されていません", "Not public"), EntryTexts.NotPublic)
                : PageResults.Error(request, language, StatusCodes.Status403Forbidden, new("まだ公開されていません", "Not public yet"), EntryTexts.NotYetPublic);
        }

        var values = EntryForm.Values(entry);
        return Page(request, scope, entry, new PageForm(language, values), await entries.MayWriteAsync(caller, scope, cancellationToken), EntryForm.Rows(entry?.Content.StopWork.Count ?? 0), EntryForm.Rows(entry?.Content.Initiatives.Count ?? 0), null, StatusCodes.Status200OK);
    }

    [Function("TeamUpEntryPagePost")]
    [Authorize(Roles = EntryRoles.Writers)]
    [Description("Page: the division head saves the entry as a draft or submits it (anti-forgery checked); errors next to the fields and nothing written; 409 after the deadline or when someone else changed it.")]
    public async Task<IActionResult> Post(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "team-up/{seasonId}/entries/{divisionCode}")] HttpRequest request,
        string seasonId,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var caller = Caller.Required(request);
        var scope = await entries.ScopeAsync(seasonId, divisionCode, cancellationToken);
        if (scope is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        if (!await entries.MayWriteAsync(caller, scope, cancellationToken))
        {
            return PageResults.Error(request, language, StatusCodes.Status403Forbidden, new("応募を編集できません", "You cannot edit this entry"), EntryTexts.NotHead);
        }

        var posted = await request.ReadFormAsync(cancellationToken);
        var submit = posted["intent"].ToString() == "submit";
        var etag = posted["etag"].ToString();
        var (input, toFormField) = EntryForm.Read(posted);
        var save = await entries.SaveAsync(scope, caller, input, etag.Length == 0 ? null : etag, submit, cancellationToken);
        var (stopRows, initiativeRows) = EntryForm.FilledRows(posted);
        switch (save.Outcome)
        {
            case EntrySaveOutcome.Saved:
                return new RedirectResult(
                    $"/team-up/{Uri.EscapeDataString(seasonId)}/entries/{Uri.EscapeDataString(divisionCode)}?done={(submit ? "submitted" : "saved")}&lang={language.Code()}",
                    permanent: false, preserveMethod: false);
            case EntrySaveOutcome.Invalid:
                var form = PageForm.FromPost(language, posted, save.Errors.Select(toFormField).ToList());
                var current = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
                return Page(request, scope, current, form, true, EntryForm.Rows(stopRows), EntryForm.Rows(initiativeRows), null, StatusCodes.Status400BadRequest);
            case EntrySaveOutcome.Closed:
                var stored = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
                return Page(request, scope, stored, new PageForm(language, EntryForm.Values(stored)), true, 0, 0, EntryTexts.Closed, StatusCodes.Status409Conflict);
            default:
                // Someone else saved meanwhile: keep what was typed, take their ETag, say so.
                var latest = await entries.Store.GetAsync(seasonId, divisionCode, cancellationToken);
                var values = posted.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);
                values["etag"] = latest?.ETag ?? "";
                var errors = new List<FieldError> { new("mission", new Text("この応募は他の人により更新されました。最新の内容を確認してからもう一度保存してください（入力内容は下に残っています）。", "Someone else changed this entry. Check the latest version and save again (what you entered is kept below).")) };
                return Page(request, scope, latest, new PageForm(language, values, errors), true, EntryForm.Rows(stopRows), EntryForm.Rows(initiativeRows), null, StatusCodes.Status409Conflict);
        }
    }

    [Function("TeamUpCompletionPage")]
    [Authorize(Roles = EntryRoles.Followers)]
    [Description("Page: where every division's Team-Up entry stands, with counts and the share submitted per bureau (a bureau coordinator sees their bureau).")]
    public async Task<IActionResult> Completion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "team-up/{seasonId}/completion")] HttpRequest request,
        string seasonId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var view = await entries.CompletionAsync(seasonId, Caller.Required(request), cancellationToken);
        if (view is null)
        {
            return PageResults.Error(request, language, StatusCodes.Status404NotFound);
        }

        var bureaus = Html.Join(view.Bureaus.Select(b => Html.Format($"""
            <tr data-bureau="{b.BureauCode}"><td>{b.BureauName}</td><td>{b.Divisions}</td><td>{b.Submitted}</td><td>{b.Draft}</td><td>{b.NotStarted}</td><td class="rate">{Math.Round(b.Rate * 100):0}%</td></tr>
            """)));
        var rows = Html.Join(view.Divisions.Select(d => Html.Format($"""
            <tr data-division="{d.DivisionCode}"><td><a href="/team-up/{view.SeasonId}/entries/{d.DivisionCode}">{d.DivisionName}</a></td><td>{d.BureauName}</td><td>{d.HeadName}</td><td class="status" data-status="{d.Status}">{EntryTexts.StatusLabel(d.Status).In(language)}</td><td>{Date(d.UpdatedAtUtc, language)}</td><td>{Date(d.SubmittedAtUtc, language)}</td></tr>
            """)));
        var empty = view.Bureaus.Count == 0
            ? Html.Format($"""<p class="notice">{new Text("表示できる局がありません（局の取りまとめ担当は、現在の名簿で所属する局のみ表示されます）。", "There is no bureau to show (a bureau coordinator sees the bureau the current roster places them in).").In(language)}</p>""")
            : Html.Empty;
        var body = Html.Format($"""
            <p>{new Text("応募締切", "Entry deadline").In(language)}: {Date(view.EntryDeadlineUtc, language)}（{(view.Open ? new Text("受付中", "open") : new Text("締切済み", "closed")).In(language)}）</p>
            {empty}
            <h2>{new Text("局ごとの状況", "By bureau").In(language)}</h2>
            <table class="bureaus"><thead><tr><th>{new Text("局", "Bureau").In(language)}</th><th>{new Text("課室数", "Divisions").In(language)}</th><th>{EntryTexts.SubmittedLabel.In(language)}</th><th>{EntryTexts.DraftLabel.In(language)}</th><th>{EntryTexts.NotStartedLabel.In(language)}</th><th>{new Text("提出率", "Submitted").In(language)}</th></tr></thead><tbody>{bureaus}</tbody></table>
            <h2>{new Text("課室ごとの状況", "By division").In(language)}</h2>
            <table class="divisions"><thead><tr><th>{new Text("課室", "Division").In(language)}</th><th>{new Text("局", "Bureau").In(language)}</th><th>{new Text("課室長", "Head").In(language)}</th><th>{new Text("状況", "Status").In(language)}</th><th>{new Text("最終更新", "Last change").In(language)}</th><th>{new Text("提出日時", "Submitted").In(language)}</th></tr></thead><tbody>{rows}</tbody></table>
            """);
        return PageResults.Page(request, language, $"{CompletionTitle.In(language)}（{seasonId}）", body);
    }

    private ContentResult Page(HttpRequest request, EntryScope scope, Entry? entry, PageForm form, bool mayWrite, int stopRows, int initiativeRows, Text? problem, int status)
    {
        var language = form.Language;
        var view = entries.View(scope, entry, mayWrite);
        var done = request.Query["done"].ToString() switch
        {
            "saved" => new Text("保存しました。", "Saved."),
            "submitted" => new Text("応募を提出しました。締切までは引き続き修正できます。", "Your entry was submitted. You can still change it until the deadline."),
            _ => null,
        };
        var notice = problem ?? done;
        var division = scope.Division.Division;
        var header = Html.Format($"""
            {(notice is null ? Html.Empty : Html.Format($"""<p class="notice" role="{(problem is null ? "status" : "alert")}">{notice.In(language)}</p>"""))}
            <p>{division.BureauName} / {division.Name}（{new Text("課室長", "Head").In(language)}: {scope.Division.Head.Name}）</p>
            <p>{new Text("応募締切", "Entry deadline").In(language)}: {Date(view.EntryDeadlineUtc, language)} — <strong class="status" data-status="{view.Status}">{EntryTexts.StatusLabel(view.Status).In(language)}</strong>
            — {new Text("削減時間の合計", "Hours saved").In(language)}: <span class="total-hours">{EntryReadOnly.Hours(view.HoursPerMonthSaved)}</span> {new Text("時間／月", "hours a month").In(language)}</p>
            """);
        Html main;
        if (view.Editable)
        {
            var submitted = view.Status == EntryStatus.Submitted;
            var buttons = submitted
                ? Html.Format($"""<button type="submit" name="intent" value="save">{new Text("変更を保存（提出済みのまま）", "Save changes (stays submitted)").In(language)}</button>""")
                : Html.Format($"""
                    <button type="submit" name="intent" value="save">{new Text("下書き保存", "Save draft").In(language)}</button>
                    <button type="submit" name="intent" value="submit">{new Text("提出する", "Submit").In(language)}</button>
                    """);
            main = Html.Format($"""
                <p>{new Text("下書きは未完成のまま保存できます。締切までは提出後も修正できます。", "A draft can be saved incomplete. Until the deadline you can change the entry even after submitting it.").In(language)}</p>
                <form method="post">
                {form.ErrorSummary()}
                {forms.HiddenField(request.HttpContext)}
                {EntryForm.Fields(form, stopRows, initiativeRows)}
                {buttons}
                </form>
                """);
        }
        else
        {
            main = EntryReadOnly.Render(view, language);
        }

        var title = $"{EntryTitle.In(language)}：{division.Name}（{scope.SeasonId}）";
        return PageResults.Page(request, language, title, Html.Join(header, main), status);
    }

    private string Date(DateTimeOffset? at, Language language) => at is null ? "-" : DisplayDates.Format(japanTime.ToLocal(at.Value), language);
}
