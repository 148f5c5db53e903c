using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Transformation.Platform.Localization;

namespace Transformation.Platform.Pages;

public static class PageRegistration
{
    public const string AntiforgeryCookie = "tx_csrf";
    public const string AntiforgeryField = "__csrf";

    public static IServiceCollection AddPages(this IServiceCollection services, IConfiguration configuration)
    {
        // One application name and one key ring (in Table Storage) for every instance: a form served by
        // one instance, or before a restart, is accepted by any other.
        services.AddDataProtection().SetApplicationName("transformation");
        services.AddSingleton<TableXmlRepository>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<TableXmlRepository>((o, repository) => o.XmlRepository = repository);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookie;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            // Secure whenever the request is HTTPS (always in Azure); plain HTTP only on a developer's loopback.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = AntiforgeryField;
        });
        services.AddSingleton<FormProtection>();
        services.TryAddSingleton<IReaderLanguage, RequestLanguage>();
        services.AddSingleton<PageRequests>();
        return services;
    }
}
