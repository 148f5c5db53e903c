using Transformation.Tests.Support;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>A bad edit of the questionnaire stops the real host at start-up, naming the fault.</summary>
public sealed class QuestionnaireStartUpTests
{
    [Fact]
    public async Task A_duplicate_item_id_stops_the_host_with_the_id_and_the_setting_named()
    {
        var host = new LocalHostProcess(new Dictionary<string, string> { ["Surveys__Questionnaire__Categories__0__Items__1__Id"] = "W01" });
        await using (host)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAgainAsync);

            Assert.Contains("Surveys:Questionnaire", error.Message, StringComparison.Ordinal);
            Assert.Contains("'W01' is used more than once", error.Message, StringComparison.Ordinal);
        }
    }
}
