using Microsoft.Extensions.DependencyInjection;
using Transformation.Overtime.Designations;

namespace Transformation.Overtime;

public static class OvertimeRegistration
{
    public static IServiceCollection AddOvertime(this IServiceCollection services)
    {
        services.AddOvertimeDesignations();
        return services;
    }
}
