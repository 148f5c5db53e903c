using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Surveys.Results.Aggregation;

namespace Transformation.Surveys.Results;

public static class SurveyResultsRegistration
{
    public static IServiceCollection AddSurveyResults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SurveyResultsOptions>()
            .Bind(configuration.GetSection(SurveyResultsOptions.Section))
            .Validate(o => o.MinGroupForScores >= SurveyResultsOptions.AbsoluteMinimum,
                $"Setting SurveyResults:MinGroupForScores must be at least {SurveyResultsOptions.AbsoluteMinimum} (the default is 5).")
            .Validate(o => o.MinGroupForComments >= SurveyResultsOptions.AbsoluteMinimum,
                $"Setting SurveyResults:MinGroupForComments must be at least {SurveyResultsOptions.AbsoluteMinimum} (the default is 10).")
            .Validate(o => o.MinGroupForComments >= o.MinGroupForScores,
                "Setting SurveyResults:MinGroupForComments must not be below SurveyResults:MinGroupForScores.")
            .ValidateOnStart();
        // The sheets, charts, workbook and heat map are pure functions of published results (static classes).
        services.AddSingleton<SurveyAggregator>();
        services.AddSingleton<Storage.SurveyResultsStore>();
        services.AddSingleton<Publication.ResponseRates>();
        return services;
    }
}
