using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Hosting;
using Transformation.Platform.Storage;
using Transformation.Surveys;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Answers;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Sealing;
using Transformation.Tests.Support;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>The real host runs the seal timer (SurveySealSchedule): submitted answers move into the answers table.</summary>
public sealed class SealTimerTests
{
    [Fact]
    public async Task The_seal_timer_releases_waiting_answers()
    {
        await using var host = await LocalHostProcess.StartAsync(new Dictionary<string, string> { ["Surveys__MinimumRelease"] = "1", ["Surveys__ReleaseGraceSeconds"] = "0" });
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey.json"))
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json"))
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddSingleton(new Tables(Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix })))
            .Configure<AppOptions>(o => o.PublicBaseUrl = host.BaseUrl);
        await using var provider = services.AddSurveys(configuration).BuildServiceProvider();
        var link = (await provider.GetRequiredService<SurveyInvitations>().InviteAsync("2026", new StaffBuilder().People(1, 1), DateTimeOffset.UtcNow.AddDays(3))).Links[0];
        var answering = provider.GetRequiredService<SurveyAnswering>();
        var opened = await answering.OpenAsync(link.Token);
        Assert.Null(await answering.SubmitAsync(opened.Session!, new SurveyAnswers(new Dictionary<string, int> { ["W01"] = 5 }, new Dictionary<string, string>())));

        using var run = await host.Http.PostAsync("/admin/functions/SurveySeal", null);

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var responses = new List<SurveyResponse>();
        await foreach (var response in provider.GetRequiredService<SurveyAnswerStore>().ReadResponsesAsync("2026"))
        {
            responses.Add(response);
        }

        Assert.Equal(5, Assert.Single(responses).Scores["W01"]);
    }
}
