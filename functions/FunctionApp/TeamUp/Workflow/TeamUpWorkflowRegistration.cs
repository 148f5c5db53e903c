using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Scheduling;

namespace Transformation.TeamUp.Workflow;

public static class TeamUpWorkflowRegistration
{
    public static IServiceCollection AddTeamUpWorkflow(this IServiceCollection services)
    {
        services.AddSingleton<YearlyTeamUpSeason>();
        services.AddSingleton<YearlyLaunch<YearlyTeamUpSeason>>();
        services.AddSingleton<TeamUpSeasonConsole>();
        return services;
    }
}
