using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Organisation.Api;

/// <summary>The organisation API's "not found" answers, worded for what was looked for.</summary>
public static class OrganisationProblems
{
    public static IActionResult NoSnapshot(HttpContext http, RosterSnapshotNotFoundException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Problems.NotFound(http, e.SnapshotId is null
            ? new Text("名簿がまだ取り込まれていません。", "No roster has been imported yet.")
            : new Text($"名簿のスナップショット {e.SnapshotId} はありません。", $"There is no roster snapshot {e.SnapshotId}."));
    }

    public static IActionResult NoStaff(HttpContext http, string staffId) =>
        Problems.NotFound(http, new Text($"職員番号 {staffId} は名簿にありません。", $"Staff id {staffId} is not in the roster."));

    public static IActionResult NoDivision(HttpContext http, string divisionCode) =>
        Problems.NotFound(http, new Text($"課室コード {divisionCode} は名簿にありません。", $"Division {divisionCode} is not in the roster."));

    public static IActionResult NoBureau(HttpContext http, string bureauCode) =>
        Problems.NotFound(http, new Text($"局コード {bureauCode} は名簿にありません。", $"Bureau {bureauCode} is not in the roster."));

    /// <summary>The optional ?snapshot= of a look-up: a running workflow's screens ask about the roster it started with.</summary>
    public static string? SnapshotOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Query["snapshot"].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
