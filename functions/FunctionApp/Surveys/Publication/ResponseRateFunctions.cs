using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.Surveys.Publication;

/// <summary>HR's response rates per bureau and division while a cycle runs (and after), within the reporting threshold.</summary>
public sealed class ResponseRateFunctions(ResponseRates rates)
{
    [Function("SurveyResponseRatesApi")]
    [ProducesResponseType<ResponseRateView>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("Response rates of a cycle for HR: the ministry, each bureau and each division with invited, answered and rate, "
        + "only for groups of at least the reporting threshold invited (complementary suppression; after publication, "
        + "not for groups hidden in the results).")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/surveys/cycles/{cycleId}/response-rates")] HttpRequest request,
        string cycleId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var view = await rates.OfAsync(cycleId, cancellationToken);
        return view is null
            ? Problems.NotFound(request.HttpContext, new Text("この調査サイクルはありません。", "There is no such survey cycle."))
            : new JsonResult(view, ApiJson.Options);
    }
}
