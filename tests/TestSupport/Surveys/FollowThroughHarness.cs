using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Transformation.Platform.Mail;
using Transformation.Platform.Storage;
using Transformation.Surveys.Questionnaire;
using Transformation.Surveys.Results;
using Transformation.Surveys.Results.Storage;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Support.Surveys;

/// <summary>
/// Drives the survey follow-through on a running local host: a 30-person roster in three divisions
/// (D1 and D2 in bureau B1, D3 in B2; heads H1–H3, staff E101…E309), results stored straight into the
/// host's tables with the real aggregator and the shipped questionnaire, mail read from the outbox.
/// </summary>
public sealed class FollowThroughHarness(LocalHostProcess host)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public LocalHostProcess Host { get; } = host;

    public static string EmailOf(string staffId) => $"staff-{staffId.ToLowerInvariant()}@example.go.jp";

    /// <summary>The questionnaire the app ships (workflows/survey-questionnaire.json).</summary>
    public static SurveyQuestionnaire Questionnaire { get; } = LoadQuestionnaire();

    public static RosterCsvBuilder Roster()
    {
        var roster = new RosterCsvBuilder();
        foreach (var (division, bureau) in new[] { ("D1", "B1"), ("D2", "B1"), ("D3", "B2") })
        {
            var n = division[1..];
            roster.Person($"H{n}", null, division, bureau, grade: "課長");
            for (var i = 1; i <= 9; i++)
            {
                roster.Person($"E{n}0{i}", $"H{n}", division, bureau);
            }
        }

        return roster;
    }

    public async Task ImportRosterAsync()
    {
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        using var content = new StringContent(Roster().Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Aggregates and stores a cycle's results in the host's tables, as aggregation would.</summary>
    public async Task<SurveyResults> StoreResultsAsync(string cycleId, IEnumerable<Transformation.Surveys.Answering.SurveyResponse> responses,
        SurveyResults? lastYear = null)
    {
        var population = new PopulationBuilder().Division("B1", "D1", 10).Division("B1", "D2", 10).Division("B2", "D3", 10).Build();
        var results = Aggregate.Run(Questionnaire, population, responses.Select(r => r with { CycleId = cycleId }), lastYear, cycle: cycleId);
        var tables = new Tables(Options.Create(new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Host.TablePrefix }));
        await new SurveyResultsStore(tables).SaveAsync(results);
        return results;
    }

    public async Task<HttpClient> ClientAsync(string staffId, params string[] roles) => await Host.ClientForAsync(staffId, roles);

    /// <summary>A plan write as the API asks: If-Match with the ETag read, or If-None-Match: * for the first write.</summary>
    public static async Task<HttpResponseMessage> WriteAsync(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation(ifMatch is null ? "If-None-Match" : "If-Match", ifMatch ?? "*");
        return await client.SendAsync(request);
    }

    public static string? ETagOf(HttpResponseMessage response) =>
        response is not null && response.Headers.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(string email) =>
        await Host.Http.GetFromJsonAsync<List<OutboxMessage>>($"/dev/outbox?to={Uri.EscapeDataString(email)}") ?? [];

    /// <summary>Polls the outbox until a message to <paramref name="staffId"/> has a subject containing <paramref name="subject"/>.</summary>
    public async Task<OutboxMessage> WaitForMailAsync(string staffId, string subject)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Wait)
        {
            var found = (await OutboxAsync(EmailOf(staffId))).FirstOrDefault(m => m.Subject.Contains(subject, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"No mail to {staffId} with '{subject}'.{Environment.NewLine}{Host.Output}");
    }

    private static SurveyQuestionnaire LoadQuestionnaire()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "workflows", "survey-questionnaire.json"))
            .Build();
        var options = new QuestionnaireOptions();
        configuration.GetSection(QuestionnaireOptions.Section).Bind(options);
        return QuestionnaireSource.Build(options);
    }
}
