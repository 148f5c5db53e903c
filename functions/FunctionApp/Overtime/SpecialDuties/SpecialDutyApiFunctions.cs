using System.ComponentModel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Security;

namespace Transformation.Overtime.SpecialDuties;

/// <summary>The API of HR's special duty records and their analysis.</summary>
public sealed class SpecialDutyApiFunctions(SpecialDutyStore store, SpecialDutyAnalysis analysis)
{
    [Function("OvertimeSpecialDutyList")]
    [ProducesResponseType<IReadOnlyList<SpecialDutyRecord>>(StatusCodes.Status200OK)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: the special duties of a fiscal year (the calendar year of its April), with reason, approver, analysis due date "
        + "and the analysis when recorded.")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/overtime/special-duty/{year}")] HttpRequest request,
        string year,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SpecialDutyAnalysis.Year(year) is { } y
            ? new JsonResult(await store.ListAsync(y, cancellationToken), ApiJson.Options)
            : Problems.BadRequest(request.HttpContext, SpecialDutyTexts.YearInvalid);
    }

    [Function("OvertimeSpecialDutyAnalysis")]
    [AcceptsJson(typeof(AnalysisInput))]
    [ProducesResponseType<SpecialDutyRecord>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [Authorize(Roles = Roles.HrAdmin)]
    [Description("HR: records (or replaces) the analysis of one special duty, keyed yyyy-MM-dd_staffId: { analysis } (at most 4,000 characters); "
        + "200 with the record.")]
    public async Task<IActionResult> Record(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/overtime/special-duty/{year}/{key}/analysis")] HttpRequest request,
        string year,
        string key,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (body, refused) = await JsonBody.ReadAsync<AnalysisInput>(request, ApiJson.Options, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (SpecialDutyAnalysis.Year(year) is not { } y)
        {
            return Problems.NotFound(request.HttpContext, SpecialDutyTexts.NotFound);
        }

        var (found, errors) = await analysis.RecordAsync(y, key, body!.Analysis, Caller.Required(request).StaffId, cancellationToken);
        if (!found)
        {
            return Problems.NotFound(request.HttpContext, SpecialDutyTexts.NotFound);
        }

        if (errors.Count > 0)
        {
            return Problems.BadRequest(request.HttpContext, new Text("分析を記録できません。", "The analysis cannot be recorded."), errors);
        }

        return new JsonResult(await analysis.FindAsync(y, key, cancellationToken), ApiJson.Options);
    }
}

/// <summary>HR's analysis of why a cap was exceeded.</summary>
public sealed record AnalysisInput(string? Analysis);
