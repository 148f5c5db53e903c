using Microsoft.Extensions.DependencyInjection;

namespace Transformation.TeamUp.Workflow;

public static class TeamUpWorkflowRegistration
{
    public static IServiceCollection AddTeamUpWorkflow(this IServiceCollection services)
    {
        services.AddSingleton<TeamUpLauncher>();
        services.AddSingleton<TeamUpSeasonConsole>();
        return services;
    }
}
