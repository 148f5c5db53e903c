using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Scheduling;

namespace Transformation.Surveys.Plans;

public static class SurveyPlanRegistration
{
    public static IServiceCollection AddSurveyPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyPlanOptions>()
            .Bind(configuration.GetSection(SurveyPlanOptions.Section))
            .Validate(o => Deadline.TryParse(o.PlanDeadline, out _), Bad("PlanDeadline"))
            .Validate(o => Deadline.TryParse(o.MidTermAfter, out _), Bad("MidTermAfter"))
            .Validate(o => TimeOfDay.TryParse(o.DeadlineTime, out _), TimeOfDay.SettingMessage("SurveyPlans:DeadlineTime"))
            .Validate(o => SurveyPlanOptions.ParseList(o.RemindBefore) is not null,
                "Setting SurveyPlans:RemindBefore must list deadlines separated by commas, e.g. \"7 days, 2 days\" (or be empty for no reminders).")
            .Validate(o => o.Coordinators.Values.All(ids => ids.All(id => !string.IsNullOrWhiteSpace(id))),
                "Setting SurveyPlans:Coordinators must map bureau codes to lists of staff ids, e.g. { \"200\": [\"2010003\"] }.")
            .ValidateOnStart();
        services.AddSingleton<ImprovementPlanStore>();
        services.AddSingleton<PlanCoordinators>();
        services.AddSingleton<SurveyPlanService>();
        return services;
    }

    private static string Bad(string key) =>
        $"Setting SurveyPlans:{key} is missing or not a deadline: write \"20 business days\", \"180 days\" or a time span such as \"00:00:12\".";
}
