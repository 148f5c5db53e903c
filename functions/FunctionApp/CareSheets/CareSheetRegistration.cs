using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.CareSheets.Approval;
using Transformation.CareSheets.HrConsole;
using Transformation.CareSheets.Reviews;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Scheduling;
using Transformation.Platform.Links;

namespace Transformation.CareSheets;

public static class CareSheetRegistration
{
    /// <summary>The oldest milestone age accepted: a childcare sheet is for children.</summary>
    public const int MaxMilestoneAge = 18;

    public static IServiceCollection AddCareSheets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CareSheetOptions>()
            .Bind(configuration.GetSection(CareSheetOptions.Section))
            .Validate(o => Deadline.TryParse(o.ReminderAfter, out _), Bad("ReminderAfter"))
            .Validate(o => Deadline.TryParse(o.EscalateAfter, out _), Bad("EscalateAfter"))
            .Validate(o => Deadline.IsLongerThanZero(o.LinkValidFor), Bad("LinkValidFor") + " It must be longer than zero.")
            .Validate(o => Deadline.TryParse(o.ReviewBefore, out _), Bad("ReviewBefore"))
            .Validate(o => Deadline.IsLongerThanZero(o.RemindEscalatedEvery), Bad("RemindEscalatedEvery") + " It must be longer than zero.")
            .Validate(o => o.RecheckEvery >= TimeSpan.FromSeconds(1),
                "Setting CareSheets:RecheckEvery must be a time span of at least a second (e.g. 04:00:00).")
            .Validate(o => TimeOfDay.TryParse(o.DeadlineTime, out _), TimeOfDay.SettingMessage("CareSheets:DeadlineTime"))
            .Validate(o => o.MilestoneAges.All(a => a is >= 1 and <= MaxMilestoneAge),
                $"Setting CareSheets:MilestoneAges must list ages in years from 1 to {MaxMilestoneAge} (e.g. [3, 6, 12]).")
            .Validate(o => MilestoneTime.TryParse(o.MilestoneReviewAt, out _),
                "Setting CareSheets:MilestoneReviewAt must be a day and a time of the year, Japan time, "
                + "written \"MM-dd HH:mm\" or \"MM-dd HH:mm:ss\" (e.g. \"01-10 09:00\"; not 02-29).")
            .Validate(o => o.ClosedDays.All(BusinessCalendar.IsMonthDay), "Setting CareSheets:ClosedDays must list days as MM-dd (e.g. \"12-29\").")
            .Validate(o => string.IsNullOrWhiteSpace(o.HrEmail) || o.HrEmail.Contains('@', StringComparison.Ordinal),
                "Setting CareSheets:HrEmail must be an email address (HR is told of each outcome).")
            .ValidateOnStart();
        services.AddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<IOptions<CareSheetOptions>>().Value.ClosedDays));
        services.AddSingleton<CareSheetStore>();
        services.AddSingleton<CareSheetAudit>();
        services.AddSingleton<CareSheetService>();
        services.AddSingleton<CareSheetHrConsole>();
        services.AddSingleton<ApprovalLinkMailer>();
        services.AddSingleton<CareSheetLinkPages>();
        services.AddSingleton<CareSheetReading>();
        services.AddActionLinkHandler<CareSheetLinkHandler>();
        return services;
    }

    private static string Bad(string key) =>
        $"Setting CareSheets:{key} is missing or not a deadline: write \"3 business days\", \"30 days\" or a time span such as \"00:00:04\".";
}
