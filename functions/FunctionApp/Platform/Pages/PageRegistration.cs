using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Transformation.Platform.Pages;

public static class PageRegistration
{
    public static IServiceCollection AddPages(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
