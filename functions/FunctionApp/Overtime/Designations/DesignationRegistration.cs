using Microsoft.Extensions.DependencyInjection;

namespace Transformation.Overtime.Designations;

public static class DesignationRegistration
{
    public static IServiceCollection AddOvertimeDesignations(this IServiceCollection services)
    {
        services.AddSingleton<DesignationStore>();
        services.AddSingleton<DesignationRegistry>();
        return services;
    }
}
