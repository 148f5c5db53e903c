using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Lookup;
using Transformation.Platform.Http;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;

namespace Transformation.Organisation.Api;

public sealed class DivisionFunctions(RosterDirectory directory)
{
    [Function("GetDivision")]
    [QueryParameter("snapshot", "Read this roster snapshot instead of the current one (a running workflow keeps the one it started with).")]
    [ProducesResponseType<DivisionView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.HrAdmin + "," + Roles.BureauCoordinator + "," + Roles.DivisionHead)]
    [Description("A division's members and its head. HR: any; bureau coordinator: divisions of their bureau; division head: their division. "
        + "Optional ?snapshot=.")]
    public async Task<IActionResult> GetDivision(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/organisation/divisions/{divisionCode}")] HttpRequest request,
        string divisionCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var caller = Caller.Of(http);
        if (caller is null)
        {
            return Problems.Unauthorized(http);
        }

        try
        {
            // Scope comes from the current roster (where the caller is now); the answer from the snapshot asked for.
            var current = await directory.GetIndexAsync(null, cancellationToken);
            if (!OrganisationAccess.MaySeeDivision(caller, current, divisionCode))
            {
                return Problems.Forbidden(http, null);
            }

            var division = await directory.GetDivisionAsync(divisionCode, OrganisationProblems.SnapshotOf(request), cancellationToken);
            return division is null ? OrganisationProblems.NoDivision(http, divisionCode) : new JsonResult(OrganisationViews.Of(division));
        }
        catch (RosterSnapshotNotFoundException e)
        {
            return OrganisationProblems.NoSnapshot(http, e);
        }
    }

    [Function("GetBureauDivisions")]
    [QueryParameter("snapshot", "Read this roster snapshot instead of the current one (a running workflow keeps the one it started with).")]
    [ProducesResponseType<List<Division>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.HrAdmin + "," + Roles.BureauCoordinator)]
    [Description("The divisions of a bureau with their staff counts. HR: any bureau; bureau coordinator: their own. Optional ?snapshot=.")]
    public async Task<IActionResult> GetBureauDivisions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/organisation/bureaus/{bureauCode}/divisions")] HttpRequest request,
        string bureauCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var caller = Caller.Of(http);
        if (caller is null)
        {
            return Problems.Unauthorized(http);
        }

        try
        {
            var current = await directory.GetIndexAsync(null, cancellationToken);
            if (!OrganisationAccess.MaySeeBureau(caller, current, bureauCode))
            {
                return Problems.Forbidden(http, null);
            }

            var divisions = await directory.GetBureauDivisionsAsync(bureauCode, OrganisationProblems.SnapshotOf(request), cancellationToken);
            return divisions is null ? OrganisationProblems.NoBureau(http, bureauCode) : new JsonResult(divisions);
        }
        catch (RosterSnapshotNotFoundException e)
        {
            return OrganisationProblems.NoSnapshot(http, e);
        }
    }
}
