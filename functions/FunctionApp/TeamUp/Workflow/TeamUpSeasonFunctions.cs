using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.TeamUp.Workflow;

/// <summary>HR opens a season; everyone signed in can see where it stands.</summary>
public sealed class TeamUpSeasonFunctions(TeamUpSeasonConsole console)
{
    private static readonly Text UnknownSeason = new("このシーズンのチームアップ・チャレンジはありません。", "There is no Team-Up Challenge season for this year.");
    private static readonly Text BadYear = new(
        "year には 2000〜2100 の西暦を指定してください（省略すると今年）。", "Give the year as a number from 2000 to 2100 (or leave it out for this year).");

    [Function("TeamUpSeasonOpenRequest")]
    [AcceptsJson(typeof(SeasonOpenRequest), Optional = true)]
    [ProducesResponseType<SeasonView>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<SeasonView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Opens the year's Team-Up season (body { year } optional, default this year in Japan): every division head is asked "
        + "for an entry. 202 when started, 200 with the season already running.")]
    public async Task<IActionResult> Open(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/team-up/seasons")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<SeasonOpenRequest>(request, JsonSerializerOptions.Web, cancellationToken, optional: true);
        if (refused is not null)
        {
            return refused;
        }

        var year = body?.Year ?? console.Today.Year;
        if (year is < 2000 or > 2100)
        {
            return Problems.BadRequest(request.HttpContext, BadYear);
        }

        var caller = Caller.Of(request.HttpContext);
        if (await console.OpenAsync(client, year, caller?.StaffId ?? "hr", cancellationToken) is not { } launch)
        {
            return Problems.Conflict(request.HttpContext, SeasonConsoleTexts.NoRoster);
        }

        var view = await console.ViewAsync(client, launch.RunId, cancellationToken);
        return new JsonResult(view, ApiJson.Options) { StatusCode = launch.Started ? StatusCodes.Status202Accepted : StatusCodes.Status200OK };
    }

    [Function("TeamUpSeasonGet")]
    [ProducesResponseType<SeasonView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("A season: its phase (entries, awaiting-panel, judging, awaiting-confirmation, awarded), deadlines and panel size.")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/team-up/seasons/{seasonId}")] HttpRequest request,
        string seasonId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var view = await console.ViewAsync(client, seasonId, cancellationToken);
        return view is null ? Problems.NotFound(request.HttpContext, UnknownSeason) : new JsonResult(view, ApiJson.Options);
    }
}
