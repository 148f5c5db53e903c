using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Transformation.Platform.Durable;

public static class DurableRegistration
{
    /// <summary>
    /// Settings "ActivityRetry:*". Applied to <see cref="ActivityRetry"/> here, before either host starts its durable
    /// worker, so the first orchestration already retries as configured.
    /// </summary>
    public static IServiceCollection AddActivityRetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ActivityRetryOptions.Section).Get<ActivityRetryOptions>() ?? new ActivityRetryOptions();
        if (settings.MaxAttempts is < 1 or > 100 || settings.FirstInterval <= TimeSpan.Zero || settings.MaxInterval < settings.FirstInterval)
        {
            throw new InvalidOperationException(
                "Settings ActivityRetry:MaxAttempts (1–100), ActivityRetry:FirstInterval (positive) "
                + "and ActivityRetry:MaxInterval (not below it) are not valid.");
        }

        ActivityRetry.Configure(settings);
        services.AddSingleton(settings);
        return services;
    }
}
