using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Attention;
using Transformation.CareSheets;
using Transformation.Home;
using Transformation.Organisation;
using Transformation.Overtime;
using Transformation.Platform.Durable;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Platform.Telemetry;
using Transformation.Surveys;
using Transformation.TeamUp;
using Transformation.ThreeSixty;

namespace Transformation.Platform.Hosting;

/// <summary>Everything both hosts register: options bound once and checked at start-up, then each part.</summary>
public static class TransformationServices
{
    public static IServiceCollection AddTransformation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString) || o.TableServiceUri is not null,
                "Missing setting: Storage:ConnectionString (local) or Storage:TableServiceUri (Azure, managed identity).")
            .ValidateOnStart();
        services.AddOptions<AppOptions>()
            .Bind(configuration.GetSection(AppOptions.Section))
            .Validate(
                o => o.PublicBaseUrl is { IsAbsoluteUri: true },
                "Missing setting: App:PublicBaseUrl (the absolute address links in emails start with).")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Setting App:TimeZone is not a known time zone.")
            .ValidateOnStart();

        services.AddRequestLimits(configuration);

        // JSON answers keep Japanese readable (no \uXXXX escapes); HTML-sensitive characters are still escaped.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o =>
            o.JsonSerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        // Here, not with the exporters: the worker also hands its logs to the Functions host, and the local host writes them out.
        services.AddLinkTokenLogFilters();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Tables>();
        services.AddSingleton<JapanTime>();
        services.AddSignIn(configuration);
        services.AddOrganisation(configuration);
        services.AddActivityRetry(configuration);
        services.AddMail(configuration);
        services.AddActionLinks(configuration);
        services.AddPages(configuration);
        services.AddCareSheets(configuration);
        services.AddSurveys(configuration);
        services.AddTeamUp(configuration);
        services.AddThreeSixty(configuration);
        services.AddOvertime();
        services.AddAttention(configuration);
        services.AddHome();
        return services;
    }
}
