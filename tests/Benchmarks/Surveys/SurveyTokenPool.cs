using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.Surveys.Answering;
using Transformation.Surveys.Participation;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Benchmarks.Surveys;

/// <summary>Survey links issued by the app's own invitation service, handed out once each, and a complete answer set.</summary>
public sealed class SurveyTokenPool
{
    private readonly ConcurrentQueue<string> _tokens = new();

    private SurveyTokenPool(SurveyAnswers answers) => Answers = answers;

    /// <summary>Every item of the shipped questionnaire answered 4, one comment.</summary>
    public SurveyAnswers Answers { get; }

    public static async Task<SurveyTokenPool> IssueAsync(IServiceProvider services, string cycleId, int count)
    {
        var questionnaire = services.GetRequiredService<QuestionnaireSource>().Current;
        var scores = questionnaire.Items.ToDictionary(i => i.Id, _ => 4, StringComparer.Ordinal);
        var pool = new SurveyTokenPool(new SurveyAnswers(scores, new Dictionary<string, string> { ["work"] = "忙しいが充実している" }));
        var staff = Enumerable.Range(0, count).Select(Person).ToList();
        var issued = await services.GetRequiredService<SurveyInvitations>().InviteAsync(cycleId, staff, DateTimeOffset.UtcNow.AddDays(14));
        foreach (var link in issued.Links)
        {
            pool._tokens.Enqueue(link.Token);
        }

        return pool;
    }

    public bool TryTake(out string token) => _tokens.TryDequeue(out token!);

    private static StaffMember Person(int i)
    {
        var division = "D" + (i % 1000 + 1).ToString("D4", CultureInfo.InvariantCulture);
        var bureau = "B" + (i % 60 + 1).ToString("D3", CultureInfo.InvariantCulture);
        var id = "S" + i.ToString(CultureInfo.InvariantCulture);
        return new StaffMember(id, "職員 " + id, id.ToLowerInvariant() + "@example.go.jp", bureau, "局", division, "課", "係員", null, Language.Ja);
    }
}
