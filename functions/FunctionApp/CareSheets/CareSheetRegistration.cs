using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.CareSheets.Api;
using Transformation.Platform.Scheduling;
using Transformation.CareSheets.Pages;
using Transformation.CareSheets.Storage;
using Transformation.CareSheets.Workflow;
using Transformation.Platform.Links;

namespace Transformation.CareSheets;

public static class CareSheetRegistration
{
    public static IServiceCollection AddCareSheets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CareSheetOptions>()
            .Bind(configuration.GetSection(CareSheetOptions.Section))
            .Validate(o => Deadline.TryParse(o.ReminderAfter, out _), Bad("ReminderAfter"))
            .Validate(o => Deadline.TryParse(o.EscalateAfter, out _), Bad("EscalateAfter"))
            .Validate(o => Deadline.TryParse(o.LinkValidFor, out var d) && d is not { Unit: DeadlineUnit.Span, Span.Ticks: 0 } and not { Unit: not DeadlineUnit.Span, Days: 0 }, Bad("LinkValidFor") + " It must be longer than zero.")
            .Validate(o => Deadline.TryParse(o.ReviewBefore, out _), Bad("ReviewBefore"))
            .Validate(o => o.ClosedDays.All(BusinessCalendar.IsMonthDay), "Setting CareSheets:ClosedDays must list days as MM-dd (e.g. \"12-29\").")
            .Validate(o => string.IsNullOrWhiteSpace(o.HrEmail) || o.HrEmail.Contains('@', StringComparison.Ordinal), "Setting CareSheets:HrEmail must be an email address (HR is told of each outcome).")
            .ValidateOnStart();
        services.AddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<IOptions<CareSheetOptions>>().Value.ClosedDays));
        services.AddSingleton<CareSheetStore>();
        services.AddSingleton<CareSheetAudit>();
        services.AddSingleton<CareSheetService>();
        services.AddSingleton<CareSheetLinkPages>();
        services.AddSingleton<CareSheetSheetPage>();
        services.AddActionLinkHandler<CareSheetLinkHandler>();
        return services;
    }

    private static string Bad(string key) =>
        $"Setting CareSheets:{key} is missing or not a deadline: write \"3 business days\", \"30 days\" or a time span such as \"00:00:04\".";
}
