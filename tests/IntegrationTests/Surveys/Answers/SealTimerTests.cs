using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Hosting;
using Transformation.Platform.Storage;
using Transformation.Surveys;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Sealing;
using Transformation.Tests.Support;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>
/// The real host runs the seal timer (SurveySealSchedule): an answer that reached the holding table after its cycle
/// was sealed (released and closed out) is removed, so it can neither be counted late nor stand alone in storage.
/// </summary>
public sealed class SealTimerTests
{
    [Fact]
    public async Task The_seal_timer_removes_an_answer_that_arrived_after_its_cycle_was_sealed()
    {
        await using var host = await LocalHostProcess.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey.json"))
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json"))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Surveys:SealKey"] = TestSecrets.SurveySealKey })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System)
            .AddSingleton(new Tables(Microsoft.Extensions.Options.Options.Create(
                new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = host.TablePrefix })))
            .Configure<AppOptions>(o => o.PublicBaseUrl = host.BaseUrl);
        await using var provider = services.AddSurveys(configuration).BuildServiceProvider();
        var links = (await provider.GetRequiredService<SurveyInvitations>()
            .InviteAsync("2026", new StaffBuilder().People(1, 2), DateTimeOffset.UtcNow.AddDays(3))).Links;
        var answering = provider.GetRequiredService<SurveyAnswering>();
        var late = await answering.OpenAsync(links[1].Token);
        Assert.Null(await answering.SubmitAsync((await answering.OpenAsync(links[0].Token)).Session!, Answer()));
        var cycles = provider.GetRequiredService<SurveyCycles>();
        var sealer = provider.GetRequiredService<SurveySealer>();
        var holding = await provider.GetRequiredService<Tables>().GetAsync(SurveySealer.HoldingTable);

        // A submission that passed its check just before the close, still writing when the cycle was sealed.
        await cycles.CloseAsync("2026");
        Assert.Equal(1, await sealer.ReleaseCycleAsync("2026"));
        await cycles.MarkSealedAsync("2026");
        var straggler = new SealedAnswerEntity
        {
            PartitionKey = AnswerPartitions.Of("2026", "1010"), RowKey = SurveyTokens.SealKey(late.Session!.Token), CycleId = "2026",
        };
        await holding.AddEntityAsync(straggler);

        using var run = await host.Http.PostAsync("/admin/functions/SurveySeal", null);

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        await WaitUntilAsync(async () => await CountAsync(holding) == 0);
        Assert.Single(await ResponsesAsync(provider));
    }

    private static SurveyAnswers Answer() => new(new Dictionary<string, int> { ["W01"] = 5 }, new Dictionary<string, string>());

    private static async Task<List<SurveyResponse>> ResponsesAsync(IServiceProvider provider)
    {
        var responses = new List<SurveyResponse>();
        await foreach (var response in provider.GetRequiredService<SurveyAnswerStore>().ReadResponsesAsync("2026"))
        {
            responses.Add(response);
        }

        return responses;
    }

    private static async Task<int> CountAsync(Azure.Data.Tables.TableClient table)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<SealedAnswerEntity>())
        {
            count++;
        }

        return count;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "The seal timer did not remove the late answer within 30 s.");
            await Task.Delay(250);
        }
    }
}
