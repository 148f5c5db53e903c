using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Transformation.Platform.Http;

public static class RequestLimitsRegistration
{
    /// <summary>
    /// The caps, and Kestrel's own limit at the largest of them. Both hosts run Kestrel: the local host directly, the
    /// isolated worker behind the Functions host (its ASP.NET Core integration), which takes Kestrel options from the
    /// services like any ASP.NET Core app. The Functions host's own 100 MB request limit is far above these.
    /// </summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpLimitOptions>()
            .Bind(configuration.GetSection(HttpLimitOptions.Section))
            .Validate(o => o.MaxBodyBytes is >= 64 * 1024 && o.MaxUploadBytes >= o.MaxBodyBytes,
                "Settings Http:MaxBodyBytes (at least 65536) and Http:MaxUploadBytes (at least as large) are request body caps in bytes.")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<HttpLimitOptions>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxUploadBytes);
        return services;
    }
}
