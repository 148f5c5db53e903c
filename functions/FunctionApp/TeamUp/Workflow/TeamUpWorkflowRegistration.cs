using Microsoft.Extensions.DependencyInjection;

namespace Transformation.TeamUp.Workflow;

public static class TeamUpWorkflowRegistration
{
    public static IServiceCollection AddTeamUpWorkflow(this IServiceCollection services)
    {
        return services;
    }
}
