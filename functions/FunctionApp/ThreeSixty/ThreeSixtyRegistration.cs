using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;
using Transformation.ThreeSixty.Rounds;

namespace Transformation.ThreeSixty;

public static class ThreeSixtyRegistration
{
    public static IServiceCollection AddThreeSixty(this IServiceCollection services, IConfiguration configuration)
    {
        // The questionnaire file is checked at start-up; every fault is named in the start-up error.
        services.AddOptions<RatingQuestionnaireOptions>()
            .Bind(configuration.GetSection(RatingQuestionnaireOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RatingQuestionnaireOptions>, RatingQuestionnaireValidation>();
        services.AddSingleton<RatingQuestionnaireSource>();
        services.AddSingleton<RoundStore>();
        services.AddThreeSixtyRating(configuration);
        return services;
    }
}
