using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Tests.Support.Surveys;

/// <summary>Responses: every item of a questionnaire at one score unless set otherwise, comments optional.</summary>
public sealed class ResponseBuilder(SurveyQuestionnaire questionnaire, string division, string bureau = "B1")
{
    public const string Cycle = "2026";

    private readonly Dictionary<string, int> _scores = questionnaire.Items.ToDictionary(i => i.Id, _ => 3);
    private readonly Dictionary<string, string> _comments = [];

    public ResponseBuilder All(int score)
    {
        foreach (var id in _scores.Keys.ToList())
        {
            _scores[id] = score;
        }

        return this;
    }

    public ResponseBuilder Score(string itemId, int score)
    {
        _scores[itemId] = score;
        return this;
    }

    public ResponseBuilder Skip(string itemId)
    {
        _scores.Remove(itemId);
        return this;
    }

    public ResponseBuilder Comment(string categoryId, string text)
    {
        _comments[categoryId] = text;
        return this;
    }

    public SurveyResponse Build() => new(Cycle, bureau, division, new Dictionary<string, int>(_scores), new Dictionary<string, string>(_comments));

    /// <summary>n identical responses.</summary>
    public IEnumerable<SurveyResponse> Times(int n) => Enumerable.Range(0, n).Select(_ => Build());
}
