using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Transformation.Platform.Links;

public static class ActionLinkRegistration
{
    public static IServiceCollection AddActionLinks(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
