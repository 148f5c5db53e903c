using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Scheduling;

namespace Transformation.Surveys.Workflow;

public static class SurveyCycleRegistration
{
    public static IServiceCollection AddSurveyCycle(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyCycleOptions>()
            .Bind(configuration.GetSection(SurveyCycleOptions.Section))
            .Validate(o => o.LaunchMonth is >= 1 and <= 12, "Setting Surveys:Cycle:LaunchMonth must be a month, 1 to 12 (12 = December).")
            .Validate(o => o.LaunchBusinessDay is >= 1 and <= 15,
                "Setting Surveys:Cycle:LaunchBusinessDay must be 1 to 15 (1 = the first business day of the month).")
            .Validate(o => Deadline.IsLongerThanZero(o.AnswerPeriod),
                "Setting Surveys:Cycle:AnswerPeriod is missing or not a duration longer than zero: "
                + "write \"14 days\", \"10 business days\" or a time span such as \"00:01:30\".")
            .Validate(o => TimeOfDay.TryParse(o.DeadlineTime, out _), TimeOfDay.SettingMessage("Surveys:Cycle:DeadlineTime"))
            .Validate(o => o.ReminderOffsets.All(r => Deadline.TryParse(r, out _)),
                "Setting Surveys:Cycle:ReminderOffsets must list durations before the deadline, e.g. [\"7 days\", \"2 days\"] or time spans.")
            .Validate(o => o.ClosedDays.All(BusinessCalendar.IsMonthDay),
                "Setting Surveys:Cycle:ClosedDays must list days as MM-dd (e.g. \"12-29\").")
            .Validate(o => o.ChunkSize is >= 1 and <= 1000, "Setting Surveys:Cycle:ChunkSize must be 1 to 1000 (staff per invitation activity).")
            .ValidateOnStart();
        services.AddSingleton<YearlySurveyCycle>();
        services.AddSingleton<YearlyLaunch<YearlySurveyCycle>>();
        services.AddSingleton<SurveyCycleConsole>();
        return services;
    }
}
