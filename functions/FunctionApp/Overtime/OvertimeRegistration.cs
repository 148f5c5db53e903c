using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Overtime.Actuals;
using Transformation.Overtime.Approvals;
using Transformation.Overtime.Designations;
using Transformation.Overtime.Interviews;
using Transformation.Overtime.MyOvertime;
using Transformation.Overtime.Requests;
using Transformation.Overtime.Summaries;
using Transformation.Platform.Links;
using Transformation.Platform.Scheduling;

namespace Transformation.Overtime;

public static class OvertimeRegistration
{
    public static IServiceCollection AddOvertime(this IServiceCollection services)
    {
        services.AddOvertimeDesignations();
        services.AddOptions<OvertimeOptions>()
            .BindConfiguration(OvertimeOptions.Section)
            .Validate(o => TimeOfDay.TryParse(o.RegularHoursEnd, out _), TimeOfDay.SettingMessage("Overtime:RegularHoursEnd"))
            .Validate(o => TimeOfDay.TryParse(o.ActualReminderTime, out _), TimeOfDay.SettingMessage("Overtime:ActualReminderTime"))
            .Validate(o => o.WarningShare is > 0m and < 1m, "Setting Overtime:WarningShare must be a share between 0 and 1 (e.g. 0.8).")
            .Validate(o => o.RecheckEvery >= TimeSpan.FromSeconds(1), "Setting Overtime:RecheckEvery must be at least one second.")
            .Validate(o => o.InterviewMonthHours > 0m && o.InterviewAverageHours > 0m,
                "Settings Overtime:InterviewMonthHours and Overtime:InterviewAverageHours must be hours above zero (100 and 80).")
            .Validate(o => Deadline.IsLongerThanZero(o.InterviewReminderEvery),
                "Setting Overtime:InterviewReminderEvery must be a period such as \"5 business days\" or a time span.")
            .ValidateOnStart();
        services.AddSingleton<OvertimeStore>();
        services.AddSingleton<MonthTotalStore>();
        services.AddSingleton<MonthTotalProjection>();
        services.AddSingleton<OvertimeLedger>();
        services.AddSingleton<ApproverInbox>();
        services.AddSingleton<OvertimeClock>();
        services.AddSingleton<OvertimeRequests>();
        services.AddSingleton<OvertimeAudit>();
        services.AddSingleton<SpecialDuties.SpecialDutyStore>();
        services.AddSingleton<SpecialDuties.SpecialDutyAnalysis>();
        services.AddSingleton<OvertimeRoster>();
        services.AddSingleton<OvertimeDecisionPages>();
        services.AddActionLinkHandler<OvertimeLinkHandler>();
        services.AddSingleton<ActualsImport>();
        services.AddSingleton<InterviewStore>();
        services.AddSingleton<InterviewFlags>();
        return services;
    }
}
