using System.ComponentModel;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Transformation.Platform.Hosting;

namespace Transformation.Platform.OpenApi;

/// <summary>The OpenAPI 3.1 description of every HTTP route, built from the functions themselves.</summary>
public sealed class OpenApiFunction
{
    [Function("OpenApi")]
    [ProducesResponseType<JsonObject>(StatusCodes.Status200OK)]
    [AllowAnonymous]
    [Description("This document.")]
    public static IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/openapi.json")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var server = $"{request.Scheme}://{request.Host}";
        return new JsonResult(OpenApiDocument.Build(FunctionCatalog.App, server)) { ContentType = "application/json" };
    }
}
