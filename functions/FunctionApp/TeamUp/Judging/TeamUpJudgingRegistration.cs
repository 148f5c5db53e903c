using Microsoft.Extensions.DependencyInjection;

namespace Transformation.TeamUp.Judging;

public static class TeamUpJudgingRegistration
{
    public static IServiceCollection AddTeamUpJudging(this IServiceCollection services)
    {
        return services;
    }
}
