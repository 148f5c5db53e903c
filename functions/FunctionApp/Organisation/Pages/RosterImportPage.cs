using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Transformation.Organisation.Api;
using Transformation.Organisation.Import;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;

namespace Transformation.Organisation.Pages;

/// <summary>
/// HR's page for the roster: what is current, and a form to upload the personnel system's export.
/// The same import as the API: whole or nothing, every error with its line.
/// </summary>
public sealed class RosterImportPage(
    RosterImporter importer,
    RosterDirectory directory,
    FormProtection forms,
    CallerLanguage languages,
    IOptions<OrganisationOptions> options)
{
    private static readonly Text Title = new("職員名簿の取り込み", "Import the staff roster");

    [Function("RosterImportPage")]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR page: the current roster and the upload form.")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organisation/roster")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        var nav = Html.Format($"""<nav class="hr"><a href="/attention?lang={language.Code()}">{new Text("人事：対応が必要な項目", "HR: needs attention").In(language)}</a></nav>""");
        return PageResults.Page(request, language, Title, Html.Join(nav, await CurrentAsync(language, cancellationToken), Form(request.HttpContext, language)));
    }

    [Function("RosterImportPageSubmit")]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [AcceptsUpload]
    [Description("HR page: upload the roster CSV (multipart field 'file'); shows what changed or every error with its line.")]
    public async Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organisation/roster")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = await languages.OfAsync(request, cancellationToken);
        if (await forms.RejectIfForgedAsync(request, language) is { } forged)
        {
            return forged;
        }

        var caller = Caller.Of(request.HttpContext)!;
        var csv = request.HasFormContentType ? await RosterUpload.ReadAsync(request, options.Value.MaxImportBytes, cancellationToken) : null;
        if (csv is null || csv.Length == 0)
        {
            return Answer(request, language, StatusCodes.Status400BadRequest,
                Notice("error", new Text("ファイルを選んでから取り込んでください。", "Choose a file, then import it.").In(language)));
        }

        var outcome = await importer.ImportAsync(csv, caller.StaffId, cancellationToken);
        return outcome.Status switch
        {
            RosterImportStatus.Imported => Answer(request, language, StatusCodes.Status200OK, RosterImportViews.Report(outcome.Report!, language)),
            RosterImportStatus.Conflict => Answer(request, language, StatusCodes.Status409Conflict, Notice("error", new Text(
                "同時に別の名簿が取り込まれたため、この取り込みは反映されませんでした。もう一度取り込んでください。",
                "Another roster was imported at the same time, so this one was not applied. Import again.").In(language))),
            _ => Answer(request, language, StatusCodes.Status400BadRequest, RosterImportViews.Errors(outcome.Errors, options.Value.MaxReportedErrors, language)),
        };
    }

    private ContentResult Answer(HttpRequest request, Language language, int status, Html result) =>
        PageResults.Page(request, language, Title, Html.Join(result, Form(request.HttpContext, language)), status);

    private async Task<Html> CurrentAsync(Language language, CancellationToken cancellationToken)
    {
        if (await directory.CurrentSnapshotIdAsync(cancellationToken) is null)
        {
            return Notice("info", new Text("まだ名簿が取り込まれていません。", "No roster has been imported yet.").In(language));
        }

        var index = await directory.GetIndexAsync(cancellationToken: cancellationToken);
        return Html.Format($"<p>{new Text("現在の名簿", "Current roster").In(language)}: {index.Staff.Count} {new Text("名", "staff").In(language)}, {index.Bureaus.Count} {new Text("局", "bureaus").In(language)}, {index.Divisions.Count} {new Text("課室", "divisions").In(language)}</p>");
    }

    private Html Form(HttpContext http, Language language) => Html.Format($"""
        <form method="post" enctype="multipart/form-data">
          {forms.HiddenField(http)}
          <p><label for="file">{new Text("人事システムから出力した CSV（UTF-8 または Shift_JIS）", "CSV exported from the personnel system (UTF-8 or Shift_JIS)").In(language)}</label><br>
          <input id="file" name="{RosterUpload.FileField}" type="file" accept=".csv,text/csv"></p>
          <p>{new Text("取り込むと現在の名簿が置き換わります。誤りが1件でもあれば何も反映されません。", "Importing replaces the current roster. If there is any error, nothing is applied.").In(language)}</p>
          <p><button type="submit">{new Text("取り込む", "Import").In(language)}</button></p>
        </form>
        """);

    private static Html Notice(string kind, string message) => Html.Format($"<p class=\"{kind}\" role=\"{(kind == "error" ? "alert" : "status")}\">{message}</p>");
}
