using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Transformation.Platform.Mail;

public static class MailRegistration
{
    /// <summary>
    /// Settings "Mail:Provider" (Outbox | SendGrid), "Mail:SendGridApiKey" (a Key Vault reference in Azure),
    /// "Mail:FromAddress", "Mail:FromName", "Mail:SendGridHost" (tests only), and retry tuning.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => o.Provider is not null,
                "Missing setting: Mail:Provider (Outbox locally, SendGrid in Azure).")
            .Validate(o => o.Provider != MailProvider.SendGrid || !string.IsNullOrWhiteSpace(o.SendGridApiKey),
                "Missing setting: Mail:SendGridApiKey (required when Mail:Provider is SendGrid; in Azure a Key Vault reference).")
            .Validate(o => o.Provider != MailProvider.SendGrid || MailBatchRules.IsAddress(o.FromAddress),
                "Missing setting: Mail:FromAddress (the sender address verified in SendGrid, e.g. jinji@example.go.jp).")
            .Validate(o => string.IsNullOrEmpty(o.FromAddress) || MailBatchRules.IsAddress(o.FromAddress),
                "Setting Mail:FromAddress is not an email address.")
            .Validate(o => o.SendGridHost is null || (o.SendGridHost.IsAbsoluteUri && o.SendGridHost.Scheme is "http" or "https"),
                "Setting Mail:SendGridHost must be an absolute http(s) address (leave it out to use api.sendgrid.com).")
            .Validate(o => o.MaxAttempts is >= 1 and <= 20,
                "Setting Mail:MaxAttempts must be between 1 and 20.")
            .Validate(o => o.RetryBaseDelay >= TimeSpan.Zero && o.MaxRetryWait >= o.RetryBaseDelay,
                "Settings Mail:RetryBaseDelay and Mail:MaxRetryWait must be positive, the first not above the second.")
            .Validate(o => o.ClaimLease > o.MaxRetryWait,
                "Setting Mail:ClaimLease must be longer than Mail:MaxRetryWait (a claim must outlast a send's waits).")
            .ValidateOnStart();

        services.AddHttpClient(SendGridMailer.HttpClientName);
        services.AddSingleton<MailLog>();
        services.AddSingleton<MailClaims>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<SendGridMailer>();
        services.AddSingleton<OutboxMailer>();
        services.AddSingleton<IMailer>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Provider == MailProvider.SendGrid
            ? sp.GetRequiredService<SendGridMailer>()
            : sp.GetRequiredService<OutboxMailer>());
        return services;
    }
}
