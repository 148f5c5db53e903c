using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Transformation.Platform.Hosting;
using Transformation.Platform.Security;
using Transformation.Platform.Telemetry;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Configuration.AddWorkflowSettings(AppContext.BaseDirectory);
builder.Services.AddTransformation(builder.Configuration);
builder.Services.AddAzureTelemetry(builder.Configuration);
builder.UseMiddleware<EndpointGuardMiddleware>();
builder.Build().Run();
