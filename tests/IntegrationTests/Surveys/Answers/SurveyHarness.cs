using Transformation.Platform.Security;
using Transformation.Platform.Mail;
using Transformation.Organisation;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Hosting;
using Transformation.Platform.Pages;
using Transformation.Platform.Storage;
using Transformation.Surveys;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Api;
using Transformation.Surveys.Cycles;
using Transformation.Surveys.Pages;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Sealing;
using Transformation.Tests.Support;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>
/// The real survey services, registered as the app registers them (shipped workflows files), on fresh Azurite
/// tables, with a clock the test can move. Functions are called with a DefaultHttpContext.
/// </summary>
public sealed class SurveyHarness : IDisposable
{
    public static readonly Uri BaseUrl = new("https://transformation.example/");
    private readonly ServiceProvider _services;

    public SurveyHarness(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey.json"))
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Surveys:ReleaseGraceSeconds"] = "0", ["Mail:Provider"] = "Outbox", ["Surveys:SealKey"] = TestSecrets.SurveySealKey,
            })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Azurite.NewTables());
        services.Configure<AppOptions>(o => o.PublicBaseUrl = BaseUrl);
        services.AddSingleton<JapanTime>();
        services.AddPages(configuration);
        services.AddOptions<SignInOptions>();
        services.AddOrganisation(configuration);
        services.AddMail(configuration);
        services.AddSurveys(configuration);
        services.AddSingleton<SurveyPageFunctions>();
        services.AddSingleton<SurveyApiFunctions>();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public ShiftedClock Clock { get; } = new();

    public IServiceProvider Services => _services;

    public Tables Tables => _services.GetRequiredService<Tables>();

    public SurveyInvitations Invitations => _services.GetRequiredService<SurveyInvitations>();

    public SurveyCycles Cycles => _services.GetRequiredService<SurveyCycles>();

    public SurveySealer Sealer => _services.GetRequiredService<SurveySealer>();

    public SurveyAnswerStore Answers => _services.GetRequiredService<SurveyAnswerStore>();

    public SurveyAnswering Answering => _services.GetRequiredService<SurveyAnswering>();

    public SurveyQuestionnaire Questionnaire => _services.GetRequiredService<QuestionnaireSource>().Current;

    public SurveyPageFunctions Pages => _services.GetRequiredService<SurveyPageFunctions>();

    public SurveyApiFunctions Api => _services.GetRequiredService<SurveyApiFunctions>();

    /// <summary>Every raw entity of a table, all properties, as storage holds them.</summary>
    public async Task<List<TableEntity>> RawAsync(string table)
    {
        var client = await Tables.GetAsync(table);
        var rows = new List<TableEntity>();
        await foreach (var row in client.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task<List<Transformation.Surveys.Answering.SurveyResponse>> ResponsesAsync(string cycleId)
    {
        var responses = new List<Transformation.Surveys.Answering.SurveyResponse>();
        await foreach (var response in Answers.ReadResponsesAsync(cycleId))
        {
            responses.Add(response);
        }

        return responses;
    }

    public void Dispose() => _services.Dispose();
}
