using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Transformation.Platform.Hosting;
using Transformation.Platform.Security;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Configuration.AddWorkflowSettings(AppContext.BaseDirectory);
builder.Services.AddTransformation(builder.Configuration);
builder.UseMiddleware<EndpointGuardMiddleware>();
builder.Build().Run();
