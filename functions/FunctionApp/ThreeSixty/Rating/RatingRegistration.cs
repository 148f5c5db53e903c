using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Transformation.ThreeSixty.Rating;

public static class RatingRegistration
{
    public static IServiceCollection AddThreeSixtyRating(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RatingOptions>()
            .Bind(configuration.GetSection(RatingOptions.Section))
            .Validate(o => o.MaxCommentLength is > 0 and <= 4000, "Setting ThreeSixty:Rating:MaxCommentLength must be between 1 and 4000 characters.")
            .Validate(o => RatingOptions.IsKey(o.SealKey),
                "Setting ThreeSixty:Rating:SealKey must be 32 random bytes in base64 (e.g. openssl rand -base64 32).")
            .Validate(o => o.WriteParallelism > 0, "Setting ThreeSixty:Rating:WriteParallelism must be positive.")
            .ValidateOnStart();
        services.AddSingleton<RatingSeal>();
        services.AddSingleton<RaterInvitations>();
        services.AddSingleton<RatingAnswering>();
        services.AddSingleton<RatingRelease>();
        services.AddSingleton<RatingAnswers>();
        return services;
    }
}
