using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.CareSheets.Model;
using Transformation.CareSheets.Storage;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.CareSheets.Pages;

/// <summary>Rules shared by the sheet pages: why a sheet cannot be revised.</summary>
public static class CareSheetPageResults
{
    /// <summary>A sheet only the owner may still revise while it is pending or returned.</summary>
    public static bool CanRevise(CareSheet sheet) => sheet?.State is CareSheetState.Pending or CareSheetState.Returned;

    /// <summary>409: the sheet is approved, declined, withdrawn or ended; what that means and what to do instead.</summary>
    public static ContentResult CannotRevise(HttpRequest request, Language language, CareSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var why = sheet.State switch
        {
            CareSheetState.Approved => new Text(
                "このシートは承認済みのため、修正できません。内容を変更したい場合は、一覧から取り下げたうえで新しいシートを提出してください。",
                "This sheet has been approved, so it can no longer be revised. To change it, withdraw it from your list and submit a new sheet."),
            CareSheetState.Declined => new Text(
                "このシートは却下されたため、修正できません。必要な場合は新しいシートを提出してください。",
                "This sheet was declined, so it can no longer be revised. If you still need the arrangements, please submit a new sheet."),
            CareSheetState.Withdrawn => new Text(
                "このシートは取り下げられたため、修正できません。必要な場合は新しいシートを提出してください。",
                "This sheet was withdrawn, so it can no longer be revised. If you still need the arrangements, please submit a new sheet."),
            _ => new Text(
                "このシートは期間が終了したため、修正できません。引き続き必要な場合は新しいシートを提出してください。",
                "The period of this sheet is over, so it can no longer be revised. If you still need the arrangements, please submit a new sheet."),
        };
        var code = language.Code();
        var body = Html.Format($"""
            <p class="notice" role="alert">{why.In(language)}</p>
            <p>{new Text("シートを修正できるのは、承認待ちまたは差戻しのときだけです。", "A sheet can be revised only while it awaits approval or has been returned.").In(language)}（{new Text("現在の状態", "Current state").In(language)}：{CareSheetLabels.Of(sheet.State).In(language)}）</p>
            <p><a href="/care-sheets?lang={code}">{new Text("提出したシートの一覧へ", "Back to your sheets").In(language)}</a> ・ <a href="/care-sheets/new?lang={code}">{new Text("新しいシートを提出する", "Submit a new sheet").In(language)}</a></p>
            """);
        return PageResults.Page(request, language, new Text("このシートは修正できません", "This sheet cannot be revised"), body, StatusCodes.Status409Conflict);
    }
}
