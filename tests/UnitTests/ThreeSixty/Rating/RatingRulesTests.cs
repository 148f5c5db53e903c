using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Questionnaire;
using Transformation.ThreeSixty.Rating;

namespace Transformation.Tests.ThreeSixty.Rating;

public sealed class RatingRulesTests
{
    private static readonly RatingQuestionnaire Questionnaire = new("t1",
    [
        new RatingCategory("vision", new Text("方針", "Vision"),
            [new RatingItem("V01", "vision", new Text("a", "a")), new RatingItem("V02", "vision", new Text("b", "b"))]),
    ]);

    [Fact]
    public void A_submission_takes_scores_and_cannot_judge()
    {
        var check = Check(new() { ["V01"] = "5", ["V02"] = "na", ["strengths"] = " 丁寧 " }, submit: true);

        Assert.True(check.IsValid);
        Assert.Equal(5, check.Response!.Scores["V01"]);
        Assert.False(check.Response.Scores.ContainsKey("V02"));
        Assert.Equal(["V02"], check.Response.CannotJudge);
        Assert.Equal("丁寧", check.Response.Strengths);
    }

    [Fact]
    public void A_submission_needs_every_item()
    {
        var check = Check(new() { ["V01"] = "5" }, submit: true);

        var error = Assert.Single(check.Errors);
        Assert.Equal("V02", error.Field);
    }

    [Fact]
    public void A_draft_may_leave_items_open()
    {
        Assert.True(Check(new() { ["V01"] = "2" }, submit: false).IsValid);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("05")]
    [InlineData("x")]
    public void A_value_off_the_scale_is_an_error_on_its_item(string value)
    {
        var check = Check(new() { ["V01"] = value, ["V02"] = "3" }, submit: false);

        Assert.Equal("V01", Assert.Single(check.Errors).Field);
    }

    [Fact]
    public void A_comment_over_the_limit_is_an_error_on_its_field()
    {
        var check = Check(new() { ["V01"] = "3", ["V02"] = "3", ["suggestions"] = new string('あ', 11) }, submit: true);

        Assert.Equal("suggestions", Assert.Single(check.Errors).Field);
    }

    [Fact]
    public void A_draft_shows_again_as_the_values_it_was_made_from()
    {
        var response = Check(new() { ["V01"] = "4", ["V02"] = "na", ["strengths"] = "x" }, submit: false).Response!;

        var values = RatingRules.ValuesOf(RatingResponse.Decode(response.Encode())!);

        Assert.Equal("4", values["V01"]);
        Assert.Equal("na", values["V02"]);
        Assert.Equal("x", values["strengths"]);
    }

    private static RatingCheck Check(Dictionary<string, string> form, bool submit) =>
        RatingRules.Check(Questionnaire, name => form.GetValueOrDefault(name), 10, submit);
}
