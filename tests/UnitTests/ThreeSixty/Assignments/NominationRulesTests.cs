using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.Tests.ThreeSixty.Assignments;

public sealed class NominationRulesTests
{
    private static NominationCheck Check(IEnumerable<string> chosen, string? typed = null) =>
        NominationRules.Check(SampleStaff.Get("K1"), SampleStaff.Roster, chosen, typed, 3, 8);

    [Fact]
    public void Three_distinct_colleagues_are_accepted_in_the_order_given()
    {
        var check = Check(["K3", "K2", "S3"]);

        Assert.True(check.IsValid);
        Assert.Equal(["K3", "K2", "S3"], check.Peers);
    }

    [Fact]
    public void Two_peers_are_too_few_and_the_message_says_how_many_were_chosen()
    {
        var check = Check(["K2", "K3"]);

        var error = Assert.Single(check.Errors);
        Assert.Equal(NominationRules.Chosen, error.Field);
        Assert.Equal("同僚は3人以上8人以下で選んでください（いま2人）。", error.Message.In(Language.Ja));
    }

    [Fact]
    public void The_same_person_ticked_and_typed_counts_once()
    {
        var check = Check(["K2", "K3"], "K2");

        Assert.Equal(["K2", "K3"], check.Peers);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void More_than_the_maximum_is_refused()
    {
        var roster = new RosterRelations(SampleStaff.All.Concat(Enumerable.Range(1, 9).Select(i => SampleStaff.Person($"P{i}", "係員", "K3", "12"))));

        var check = NominationRules.Check(roster.Person("K1")!, roster, Enumerable.Range(1, 9).Select(i => $"P{i}"), null, 3, 8);

        Assert.Contains("いま9人", Assert.Single(check.Errors).Message.In(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void The_supervisor_is_refused_on_the_field_it_was_entered_in()
    {
        var check = Check(["K2", "K3", "S3"], "D");

        var error = Assert.Single(check.Errors);
        Assert.Equal(NominationRules.Typed, error.Field);
        Assert.Equal("Name D rates you as your supervisor and cannot also be a peer.", error.Message.In(Language.En));
    }

    [Fact]
    public void A_subordinate_is_refused()
    {
        var check = Check(["K2", "K3", "H2"]);

        Assert.Contains("部下として回答する", Assert.Single(check.Errors).Message.In(Language.Ja), StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_cannot_nominate_themselves()
    {
        var check = Check(["K2", "K3", "S3"], "k1@example.go.jp");

        Assert.Equal(NominationRules.Typed, Assert.Single(check.Errors).Field);
    }

    [Fact]
    public void A_staff_number_not_in_the_snapshot_is_named_in_the_message()
    {
        var check = Check(["K2", "K3", "S3"], "9999999");

        Assert.Equal("\"9999999\" is not in the roster. Check the staff number or e-mail address.",
            Assert.Single(check.Errors).Message.In(Language.En));
    }

    [Fact]
    public void Typed_addresses_and_staff_numbers_may_be_separated_by_commas_spaces_or_new_lines()
    {
        var check = Check([], "K2, k3@example.go.jp\nS3");

        Assert.Equal(["K2", "K3", "S3"], check.Peers);
    }

    [Fact]
    public void Full_width_digits_typed_with_a_japanese_input_method_are_read_as_a_staff_number()
    {
        var roster = new RosterRelations(SampleStaff.All.Append(SampleStaff.Person("1234567", "係員", "K3", "12")));

        var check = NominationRules.Check(roster.Person("K1")!, roster, ["K2", "K3"], "１２３４５６７", 3, 8);

        Assert.Equal(["K2", "K3", "1234567"], check.Peers);
    }
}
