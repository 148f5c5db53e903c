using Transformation.TeamUp.Entries;
using Transformation.Tests.Support.TeamUp;

namespace Transformation.Tests.TeamUp;

public sealed class EntryValidatorTests
{
    [Fact]
    public void A_complete_entry_can_be_submitted_and_its_hours_are_added_up()
    {
        var result = EntryValidator.Validate(new EntryBuilder().StopWork("週報の作成", "月報と重複", "3").Input(), submitting: true);

        Assert.True(result.IsValid);
        Assert.Equal(15.5m, result.Content!.HoursPerMonthSaved);
    }

    [Fact]
    public void A_draft_may_be_incomplete_but_a_submission_needs_the_policy_and_one_row_of_each_list()
    {
        var empty = new EntryInput("", " ", null, [], []);

        Assert.True(EntryValidator.Validate(empty, submitting: false).IsValid);
        var submitted = EntryValidator.Validate(empty, submitting: true);
        Assert.Equal(["mission", "priorities", "wayOfWorking", "stopWork", "initiatives"], submitted.Errors.Select(e => e.Field));
        Assert.All(submitted.Errors, e => Assert.Contains("提出するには", e.Message.Ja, StringComparison.Ordinal));
        Assert.All(submitted.Errors, e => Assert.StartsWith("To submit", e.Message.En, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0", "0より大きく")]
    [InlineData("-2", "数値で")]
    [InlineData("744.1", "744時間以下")]
    [InlineData("12.25", "小数第1位まで")]
    [InlineData("十時間", "数値で")]
    [InlineData("1e2", "数値で")]
    [InlineData("", "入力してください")]
    public void Hours_must_be_above_zero_at_most_744_with_one_decimal(string hours, string message)
    {
        var input = new EntryBuilder().WithoutStopWork().StopWork("電話当番", "転送電話で足りる", hours).Input();

        var result = EntryValidator.Validate(input, submitting: false);

        var error = Assert.Single(result.Errors);
        Assert.Equal("stopWork[0].hoursPerMonth", error.Field);
        Assert.Contains(message, error.Message.Ja, StringComparison.Ordinal);
        Assert.NotEmpty(error.Message.En);
    }

    [Theory]
    [InlineData("744", 744)]
    [InlineData("0.5", 0.5)]
    [InlineData("１２．５", 12.5)]
    [InlineData(" 8.0 ", 8)]
    public void Hours_are_read_as_people_type_them(string hours, double expected)
    {
        var input = new EntryBuilder().WithoutStopWork().StopWork("電話当番", "転送電話で足りる", hours).Input();

        var result = EntryValidator.Validate(input, submitting: true);

        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => e.Message.En)));
        Assert.Equal((decimal)expected, result.Content!.StopWork[0].HoursPerMonth);
    }

    [Fact]
    public void Every_row_kept_in_a_draft_must_be_whole()
    {
        var input = new EntryInput("", "", "", [new StopWorkInput(" ", "", "2")], [new InitiativeInput("", "", "成果だけ")]);

        var result = EntryValidator.Validate(input, submitting: false);

        Assert.Equal(["stopWork[0].task", "stopWork[0].reason", "initiatives[0].title", "initiatives[0].description"], result.Errors.Select(e => e.Field));
        Assert.Null(result.Content);
    }

    [Fact]
    public void Lengths_and_list_sizes_are_limited()
    {
        var builder = new EntryBuilder().WithMission(new string('あ', EntryRules.MaxMission + 1));
        for (var i = 0; i < EntryRules.MaxItems; i++)
        {
            builder.Initiative($"取組{i}", "内容");
        }

        var result = EntryValidator.Validate(builder.Input(), submitting: false);

        Assert.Contains(result.Errors, e => e.Field == "mission" && e.Message.Ja.Contains("1000文字以内", StringComparison.Ordinal) && e.Message.En.Contains("(now 1001)", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Field == "initiatives" && e.Message.Ja.Contains("20件まで", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Field.StartsWith("stopWork", StringComparison.Ordinal));
    }

    [Fact]
    public void Line_breaks_from_forms_count_as_one_character()
    {
        var mission = string.Join("\r\n", Enumerable.Repeat(new string('あ', 99), 10));

        var result = EntryValidator.Validate(new EntryBuilder().WithMission(mission).Input(), submitting: true);

        Assert.True(result.IsValid);
        Assert.Equal(999, result.Content!.Mission.Length);
    }

    [Fact]
    public void Stored_content_is_checked_for_submission_as_it_was_saved()
    {
        Assert.True(EntryValidator.ValidateForSubmit(new EntryBuilder().Content()).IsValid);
        Assert.Equal(["initiatives"], EntryValidator.ValidateForSubmit(new EntryBuilder().WithoutInitiatives().Content()).Errors.Select(e => e.Field));
    }
}
