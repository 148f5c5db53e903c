using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Transformation.Platform.Links;

public static class ActionLinkRegistration
{
    public static IServiceCollection AddActionLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LinkOptions>()
            .Bind(configuration.GetSection(LinkOptions.Section))
            .Validate(o => o.KeepExpiredDays >= 0, "Setting Links:KeepExpiredDays must be zero or more.")
            .ValidateOnStart();
        services.AddSingleton<ActionLinks>();
        services.AddSingleton<LinkRefusalPages>();
        // Scoped: handlers may depend on per-request services; the registry lives as long as they do.
        services.AddScoped<ActionLinkHandlers>();
        return services;
    }

    /// <summary>Plugs a feature's handler in for its link purpose.</summary>
    public static IServiceCollection AddActionLinkHandler<THandler>(this IServiceCollection services)
        where THandler : class, IActionLinkHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IActionLinkHandler, THandler>());
        return services;
    }
}
