using Microsoft.Extensions.DependencyInjection;

namespace Transformation.Home;

public static class HomeRegistration
{
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddSingleton<IHomeTasks, CareSheetHomeTasks>();
        services.AddSingleton<IHomeTasks, SurveyHomeTasks>();
        services.AddSingleton<IHomeTasks, TeamUpHomeTasks>();
        services.AddSingleton<IHomeTasks, ThreeSixtyHomeTasks>();
        services.AddSingleton<IHomeTasks, OvertimeHomeTasks>();
        services.AddSingleton<IHomeTasks, OvertimeSummaryHomeTasks>();
        services.AddSingleton<IHomeTasks, HrHomeTasks>();
        services.AddSingleton<IHomeTasks, HealthOfficeHomeTasks>();
        return services;
    }
}
