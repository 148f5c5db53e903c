using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Scheduling;

namespace Transformation.Attention;

public static class AttentionRegistration
{
    public static IServiceCollection AddAttention(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AttentionOptions>()
            .Bind(configuration.GetSection(AttentionOptions.Section))
            .Validate(o => Deadline.TryParse(o.WaitingLongerThan, out _),
                "Setting Attention:WaitingLongerThan is missing or not a deadline: "
                + "write \"5 business days\", \"7 days\" or a time span such as \"00:00:04\".")
            .Validate(o => o.LostEventAfter >= TimeSpan.Zero, "Setting Attention:LostEventAfter must be a time span (e.g. 00:15:00).")
            .Validate(o => o.ActionLease > TimeSpan.Zero, "Setting Attention:ActionLease must be a time span longer than zero (e.g. 00:02:00).")
            .ValidateOnStart();
        services.AddSingleton<AttentionFinder>();
        services.AddSingleton<AttentionActionLog>();
        services.AddSingleton<AttentionActions>();
        return services;
    }
}
