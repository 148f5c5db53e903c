using Microsoft.Extensions.DependencyInjection;

namespace Transformation.TeamUp.Judging;

public static class TeamUpJudgingRegistration
{
    public static IServiceCollection AddTeamUpJudging(this IServiceCollection services)
    {
        services.AddSingleton<ScoreStore>();
        services.AddSingleton<JudgingService>();
        services.AddSingleton<RankingService>();
        services.AddSingleton<JudgingCommands>();
        services.AddSingleton<SeasonSignals>();
        services.AddSingleton<JudgingViews>();
        return services;
    }
}
