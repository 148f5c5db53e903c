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

public sealed class StaffFunctions(RosterDirectory directory)
{
    [Function("GetStaff")]
    [QueryParameter("snapshot", "Read this roster snapshot instead of the current one (a running workflow keeps the one it started with).")]
    [ProducesResponseType<StaffView>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.AnyStaff)]
    [Description("One person of the roster. HR may ask about anyone, everyone else only about themself. Optional ?snapshot=.")]
    public async Task<IActionResult> GetStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/organisation/staff/{staffId}")] HttpRequest request,
        string staffId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.HttpContext;
        var caller = Caller.Of(http);
        if (caller is null)
        {
            return Problems.Unauthorized(http);
        }

        if (!OrganisationAccess.MaySeePerson(caller, staffId))
        {
            return Problems.Forbidden(http, null);
        }

        try
        {
            var person = await directory.GetPersonAsync(staffId, OrganisationProblems.SnapshotOf(request), cancellationToken);
            return person is null ? OrganisationProblems.NoStaff(http, staffId) : new JsonResult(OrganisationViews.Of(person));
        }
        catch (RosterSnapshotNotFoundException e)
        {
            return OrganisationProblems.NoSnapshot(http, e);
        }
    }

    [Function("GetStaffSupervisors")]
    [QueryParameter("snapshot", "Read this roster snapshot instead of the current one (a running workflow keeps the one it started with).")]
    [ProducesResponseType<List<StaffView>>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("A person's supervisor chain: their supervisor, that person's supervisor, and so on to the top. Optional ?snapshot=.")]
    public async Task<IActionResult> GetSupervisors(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/organisation/staff/{staffId}/supervisors")] HttpRequest request,
        string staffId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var chain = await directory.GetSupervisorChainAsync(staffId, OrganisationProblems.SnapshotOf(request), cancellationToken);
            return chain is null
                ? OrganisationProblems.NoStaff(request.HttpContext, staffId)
                : new JsonResult(chain.Select(OrganisationViews.Of).ToList());
        }
        catch (RosterSnapshotNotFoundException e)
        {
            return OrganisationProblems.NoSnapshot(request.HttpContext, e);
        }
    }
}
