using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Transformation.LocalHost;
using Transformation.LocalHost.Dev;
using Transformation.LocalHost.Durable;
using Transformation.LocalHost.Functions;
using Transformation.LocalHost.Timers;
using Transformation.Platform.Hosting;

// The local host: the function app's own HTTP routes, timers, orchestrators and activities, served by one
// ASP.NET Core process on a real durable engine over Azurite. Nothing here declares a function again.
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddWorkflowSettings(AppContext.BaseDirectory);
LocalDefaults.Apply(builder);

var local = builder.Configuration.GetSection(LocalHostOptions.Section).Get<LocalHostOptions>() ?? new LocalHostOptions();
builder.Services.AddOptions<LocalHostOptions>().Bind(builder.Configuration.GetSection(LocalHostOptions.Section));
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Loopback, local.Port);
    kestrel.Listen(IPAddress.Loopback, local.SidecarPort, listen => listen.Protocols = HttpProtocols.Http2);
});

var catalog = FunctionCatalog.App;
var served = new ServedFunctions();
builder.Services.AddSingleton(catalog);
builder.Services.AddSingleton(served);
builder.Services.AddMvcCore();
builder.Services.AddTransformation(builder.Configuration);
builder.AddLocalDiagnostics();
builder.Services.AddLocalDurableEngine(builder.Configuration, catalog, served);
builder.Services.AddSingleton<LocalTimers>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<LocalTimers>());
builder.Services.AddSingleton<DevIssuer>();
// Ctrl-C in ./run.sh has to end the process within seconds. Work cut short is not lost: the durable engine hands
// an unfinished message out again after its visibility timeout, and activities are written to be repeatable.
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));

var app = builder.Build();
await app.Services.PrepareLocalDurableEngineAsync();
app.Services.GetRequiredService<LocalTimers>().ScheduleAll(served);
app.MapGrpcService<TaskHubGrpcServer>().RequireHost($"*:{local.SidecarPort}");
app.MapDevIssuer();
app.MapDevSignIn();
app.MapDevOutbox();
app.MapAdminFunctions();
app.MapDevFunctions();
app.MapFunctions(catalog);
await app.RunAsync();
