using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Pages;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Plans;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Sealing;
using Transformation.Surveys.Workflow;

using Transformation.Surveys.Results;

namespace Transformation.Surveys;

public static class SurveyRegistration
{
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyOptions>()
            .Bind(configuration.GetSection(SurveyOptions.Section))
            .Validate(o => o.MaxCommentLength is > 0 and <= 10_000, "Setting Surveys:MaxCommentLength must be between 1 and 10000 characters.")
            .Validate(o => o.CycleCacheSeconds >= 0, "Setting Surveys:CycleCacheSeconds must be zero or more.")
            .Validate(o => IsKey(o.SealKey), "Setting Surveys:SealKey must be 32 random bytes in base64 (e.g. openssl rand -base64 32).")
            .Validate(o => o.ReleaseGraceSeconds >= 0, "Setting Surveys:ReleaseGraceSeconds must be zero or more.")
            .Validate(o => o.WriteParallelism > 0, "Setting Surveys:WriteParallelism must be positive.")
            .ValidateOnStart();

        // The questionnaire file is checked at start-up; every fault is named in the start-up error.
        services.AddOptions<QuestionnaireOptions>()
            .Bind(configuration.GetSection(QuestionnaireOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<QuestionnaireOptions>, QuestionnaireValidation>();
        services.AddSingleton<QuestionnaireSource>();

        services.AddSingleton<SurveyCycles>();
        services.AddSingleton<SurveyInvitations>();
        services.AddSingleton<SurveyLinkResend>();
        services.AddSingleton<SurveyAnswering>();
        services.AddSingleton<SurveySealer>();
        services.AddSingleton<InvitationCloseOut>();
        services.AddSingleton<SurveyAnswerStore>();
        services.AddSingleton<SurveyPageViews>();
        services.AddSurveyResults(configuration);
        services.AddSurveyCycle(configuration);
        services.AddSurveyPlans(configuration);
        return services;
    }

    private static bool IsKey(string? value)
    {
        var bytes = new byte[32];
        return !string.IsNullOrWhiteSpace(value) && Convert.TryFromBase64String(value, bytes, out var written) && written == 32;
    }
}
