using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Transformation.Organisation;

public static class OrganisationRegistration
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
