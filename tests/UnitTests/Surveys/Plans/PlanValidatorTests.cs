using Transformation.Surveys.Plans;

namespace Transformation.Tests.Surveys.Plans;

public sealed class PlanValidatorTests
{
    private static readonly DateOnly Delivered = new(2027, 2, 1);

    private static PlanRules Rules(bool suppressed = false) => new(
        new HashSet<string>(StringComparer.Ordinal) { "W01", "W02", "P01" },
        suppressed ? new Dictionary<string, double>() : new Dictionary<string, double> { ["W01"] = 3.2, ["W02"] = 4.8, ["P01"] = 2.5 },
        Delivered);

    private static ActionInput Action(string due = "2027-06-30", string status = "not-started", string description = "朝会で業務の優先順位を共有する", string owner = "課長補佐") =>
        new(description, owner, due, status);

    private static PlanInput Plan(params TargetInput[] targets) => new(targets, [Action()]);

    [Fact]
    public void A_complete_plan_is_accepted_with_its_targets_and_actions()
    {
        var result = PlanValidator.Validate(new PlanInput([new("W01", "3.5"), new("P01", "3")], [Action(), Action("2027-12-01", "in-progress")]), Rules());

        Assert.True(result.IsValid);
        Assert.Equal([new PlanTarget("W01", 3.5), new PlanTarget("P01", 3)], result.Content!.Targets);
        Assert.Equal(PlanActionStatus.InProgress, result.Content.Actions[1].Status);
        Assert.Equal(new DateOnly(2027, 12, 1), result.Content.Actions[1].Due);
    }

    [Fact]
    public void A_target_must_be_an_item_of_the_questionnaire_and_appear_once()
    {
        var result = PlanValidator.Validate(Plan(new TargetInput("X99", "4"), new TargetInput("W01", "4"), new TargetInput("W01", "4.2")), Rules());

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Field == "targets[0].itemId");
        Assert.Contains(result.Errors, e => e.Field == "targets[2].itemId" && e.Message.En.Contains("already", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Field == "targets[1].itemId");
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("5.5")]
    [InlineData("high")]
    [InlineData("")]
    public void A_target_score_must_be_a_number_from_1_to_5(string target)
    {
        var result = PlanValidator.Validate(Plan(new TargetInput("P01", target)), Rules());

        Assert.Contains(result.Errors, e => e.Field == "targets[0].target");
    }

    [Fact]
    public void A_target_must_be_above_this_years_mean_of_the_division()
    {
        var atBaseline = PlanValidator.Validate(Plan(new TargetInput("W01", "3.2")), Rules());
        var nearTop = PlanValidator.Validate(Plan(new TargetInput("W02", "4.9")), Rules());

        var error = Assert.Single(atBaseline.Errors);
        Assert.Equal("targets[0].target", error.Field);
        Assert.Contains("3.20", error.Message.Ja, StringComparison.Ordinal);
        Assert.True(nearTop.IsValid);
    }

    [Fact]
    public void Without_a_baseline_a_suppressed_division_may_set_any_target_from_1_to_5()
    {
        Assert.True(PlanValidator.Validate(Plan(new TargetInput("W01", "2")), Rules(suppressed: true)).IsValid);
    }

    [Fact]
    public void A_plan_needs_at_least_one_target_and_one_action()
    {
        var result = PlanValidator.Validate(new PlanInput([], []), Rules());

        Assert.Contains(result.Errors, e => e.Field == "targets");
        Assert.Contains(result.Errors, e => e.Field == "actions");
        Assert.Null(result.Content);
    }

    [Theory]
    [InlineData("2027-01-31", "between")]
    [InlineData("2029-02-02", "between")]
    [InlineData("31/12/2027", "as a date")]
    public void Due_dates_fall_from_delivery_to_two_years_later(string due, string expected)
    {
        var result = PlanValidator.Validate(new PlanInput([new("P01", "3")], [Action(due)]), Rules());

        var error = Assert.Single(result.Errors);
        Assert.Equal("actions[0].due", error.Field);
        Assert.Contains(expected, error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Actions_need_a_description_an_owner_and_a_known_status()
    {
        var result = PlanValidator.Validate(new PlanInput([new("P01", "3")], [Action(status: "finished", description: " ", owner: "")]), Rules());

        Assert.Equal(["actions[0].description", "actions[0].owner", "actions[0].status"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_progress_report_names_actions_of_the_plan_and_known_statuses()
    {
        var errors = PlanValidator.ValidateProgress([(0, "done", "完了"), (3, "in-progress", null), (1, "almost", null)], actionCount: 2);

        Assert.Equal(["actions[1].action", "actions[2].status"], errors.Select(e => e.Field));
    }
}
