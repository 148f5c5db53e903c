using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Organisation.Lookup;
using Transformation.Platform.OpenApi;
using Transformation.Platform.Security;

namespace Transformation.Organisation.Api;

public sealed class RosterSummaryFunction(RosterDirectory directory)
{
    [Function("GetRoster")]
    [QueryParameter("snapshot", "Read this roster snapshot instead of the current one (a running workflow keeps the one it started with).")]
    [ProducesResponseType<RosterSummary>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("The current roster snapshot: its id, when it was imported, and staff counts per bureau and division.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/organisation/roster")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var index = await directory.GetIndexAsync(OrganisationProblems.SnapshotOf(request), cancellationToken);
            return new JsonResult(OrganisationViews.Summary(index));
        }
        catch (RosterSnapshotNotFoundException e)
        {
            return OrganisationProblems.NoSnapshot(request.HttpContext, e);
        }
    }
}
