using Transformation.Surveys.Answering;
using Transformation.Surveys.Questionnaire;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>What answers are accepted. Decision: items may be skipped; a submission needs at least one answered item.</summary>
public sealed class AnswerRulesTests
{
    private static readonly SurveyQuestionnaire Questionnaire = QuestionnaireFileTests.Shipped();

    private static AnswerCheck Check(Dictionary<string, string?> scores, Dictionary<string, string?>? comments = null, int maxComment = 2000) =>
        AnswerRules.Check(Questionnaire, scores, comments ?? [], maxComment);

    [Fact]
    public void Scores_one_to_five_are_accepted_and_skipped_items_are_left_out()
    {
        var check = Check(new() { ["W01"] = "1", ["W02"] = "5", ["P03"] = " 3 ", ["O20"] = "", ["O19"] = null });

        Assert.True(check.IsValid);
        Assert.Equal(new Dictionary<string, int> { ["W01"] = 1, ["W02"] = 5, ["P03"] = 3 }, check.Answers!.Scores);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("3.5")]
    [InlineData("abc")]
    [InlineData("٣")]
    public void A_score_outside_one_to_five_is_an_error_on_its_item(string value)
    {
        var check = Check(new() { ["W01"] = "4", ["W02"] = value });

        Assert.False(check.IsValid);
        Assert.Null(check.Answers);
        var error = Assert.Single(check.Errors);
        Assert.Equal("W02", error.Field);
        Assert.Contains("1から5", error.Message.Ja, StringComparison.Ordinal);
        Assert.Contains("1 to 5", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_that_is_not_in_the_questionnaire_is_an_error()
    {
        var check = Check(new() { ["W01"] = "4", ["X99"] = "3" });

        var error = Assert.Single(check.Errors);
        Assert.Equal("X99", error.Field);
        Assert.Contains("not an item of this survey", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_belong_to_a_known_category_and_have_a_length_limit()
    {
        var ok = Check([], new() { ["work"] = " 会議が多すぎます。 ", ["workplace"] = "" });
        var tooLong = Check([], new() { ["organisation"] = new string('あ', 11) }, maxComment: 10);
        var unknown = Check([], new() { ["culture"] = "?" });

        Assert.Equal(new Dictionary<string, string> { ["work"] = "会議が多すぎます。" }, ok.Answers!.Comments);
        Assert.Equal("comment.organisation", Assert.Single(tooLong.Errors).Field);
        Assert.Contains("10文字以内", tooLong.Errors[0].Message.Ja, StringComparison.Ordinal);
        Assert.Equal("comment.culture", Assert.Single(unknown.Errors).Field);
    }

    [Fact]
    public void A_submission_needs_at_least_one_answered_item()
    {
        Assert.NotNull(AnswerRules.CheckSubmission(
            new SurveyAnswers(new Dictionary<string, int>(), new Dictionary<string, string> { ["work"] = "only a comment" })));
        Assert.Null(AnswerRules.CheckSubmission(new SurveyAnswers(new Dictionary<string, int> { ["O01"] = 2 }, new Dictionary<string, string>())));
    }

    [Fact]
    public void A_page_replaces_only_its_own_category_in_the_draft()
    {
        var draft = new SurveyAnswers(new Dictionary<string, int> { ["W01"] = 2, ["W02"] = 3, ["P01"] = 4 },
            new Dictionary<string, string> { ["work"] = "old", ["workplace"] = "keep" });
        var page = new SurveyAnswers(new Dictionary<string, int> { ["W01"] = 5 }, new Dictionary<string, string>());

        var merged = AnswerRules.MergePage(Questionnaire, draft, "work", page);

        Assert.Equal(new Dictionary<string, int> { ["W01"] = 5, ["P01"] = 4 }, merged.Scores);
        Assert.Equal(new Dictionary<string, string> { ["workplace"] = "keep" }, merged.Comments);
    }

    [Fact]
    public void All_scores_of_a_response_fit_one_compact_property_and_read_back()
    {
        var scores = Questionnaire.Items.Select((i, n) => (i.Id, Score: n % 5 + 1)).ToDictionary(p => p.Id, p => p.Score);
        var comments = new Dictionary<string, string> { ["work"] = "テレワーク\"と\"1on1", ["organisation"] = "改善を" };

        var encoded = AnswerCodec.EncodeScores(scores);

        Assert.True(encoded.Length < 500, $"{encoded.Length} characters");
        Assert.StartsWith("O01:", encoded, StringComparison.Ordinal);
        Assert.Equal(scores, AnswerCodec.DecodeScores(encoded));
        Assert.Equal(comments, AnswerCodec.DecodeComments(AnswerCodec.EncodeComments(comments)));
        Assert.Empty(AnswerCodec.DecodeScores(""));
    }
}
