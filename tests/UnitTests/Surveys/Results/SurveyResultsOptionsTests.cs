using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Surveys.Results;

using Transformation.Tests.Support.Surveys;

namespace Transformation.Tests.Surveys.Results;

public class SurveyResultsOptionsTests
{
    private static SurveyResultsOptions Load(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        using var provider = new ServiceCollection().AddSurveyResults(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SurveyResultsOptions>>().Value;
    }

    [Fact]
    public void The_shipped_settings_file_sets_five_for_scores_and_ten_for_comments()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Transformation.Tests.Support.RepositoryPaths.Root, "workflows", "survey-results.json"))
            .Build();
        using var provider = new ServiceCollection().AddSurveyResults(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SurveyResultsOptions>>().Value;

        Assert.Equal(5, options.MinGroupForScores);
        Assert.Equal(10, options.MinGroupForComments);
    }

    [Fact]
    public void A_threshold_below_three_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Load(("SurveyResults:MinGroupForScores", "2")));

        Assert.Contains("SurveyResults:MinGroupForScores", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_threshold_below_the_score_threshold_is_refused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Load(("SurveyResults:MinGroupForScores", "8"), ("SurveyResults:MinGroupForComments", "6")));

        Assert.Contains("SurveyResults:MinGroupForComments", error.Message, StringComparison.Ordinal);
    }
}
