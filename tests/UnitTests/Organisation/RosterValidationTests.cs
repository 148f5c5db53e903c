using System.Text;
using Transformation.Organisation.Import;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Organisation;

public sealed class RosterValidationTests
{
    // SmallOrganisation: line 2 T1, 3 H1, 4 E11, 5 E12, 6 H2, 7 E21, 8 H3, 9 E31.
    [Theory]
    [InlineData(RosterColumn.StaffId, "staff_id")]
    [InlineData(RosterColumn.Name, "name")]
    [InlineData(RosterColumn.Email, "email")]
    [InlineData(RosterColumn.BureauCode, "bureau_code")]
    [InlineData(RosterColumn.BureauName, "bureau_name")]
    [InlineData(RosterColumn.DivisionCode, "division_code")]
    [InlineData(RosterColumn.DivisionName, "division_name")]
    [InlineData(RosterColumn.Grade, "grade")]
    public void An_empty_required_field_is_reported_on_its_line(RosterColumn column, string field)
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1").With(column, "");

        var errors = Errors(csv);

        Assert.Contains(errors, e => e.Field == field && e.Line == 10);
        Assert.All(errors, e => Assert.Equal(10, e.Line));
    }

    [Fact]
    public void Empty_supervisor_and_language_are_allowed()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", null, language: "");

        var file = RosterHeaderTests.Read(csv.Utf8());

        Assert.Empty(file.Errors);
        Assert.Null(file.Staff.Single(s => s.StaffId == "X1").SupervisorId);
    }

    [Fact]
    public void A_duplicate_staff_id_is_reported_on_the_second_line_naming_the_first()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("E11", "H1", email: "other-e11@example.go.jp");

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("staff_id", 10), (error.Field, error.Line));
        Assert.Contains("line 4", error.Message.En, StringComparison.Ordinal);
        Assert.Contains("4 行目", error.Message.Ja, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-at-sign.example.go.jp")]
    [InlineData("two@@example.go.jp")]
    [InlineData("space in@example.go.jp")]
    [InlineData("山田 <yamada@example.go.jp>")]
    [InlineData("nodot@localhost")]
    public void A_bad_email_is_reported(string email)
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", email: email);

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("email", 10), (error.Field, error.Line));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("日本語")]
    [InlineData("english")]
    public void A_language_other_than_ja_or_en_is_reported(string language)
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", language: language);

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("language", 10), (error.Field, error.Line));
    }

    [Fact]
    public void Language_is_read_in_either_case()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", language: "EN");

        var file = RosterHeaderTests.Read(csv.Utf8());

        Assert.Equal(Transformation.Platform.Localization.Language.En, file.Staff.Single(s => s.StaffId == "X1").Language);
    }

    [Fact]
    public void An_unknown_supervisor_is_reported()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "NOBODY");

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("supervisor_id", 10), (error.Field, error.Line));
        Assert.Contains("NOBODY", error.Message.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_who_is_their_own_supervisor_is_reported()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "X1");

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("supervisor_id", 10), (error.Field, error.Line));
    }

    [Fact]
    public void A_cycle_is_reported_once_on_the_line_of_its_first_member_with_the_chain()
    {
        var csv = RosterCsvBuilder.SmallOrganisation()
            .Person("C1", "C3")
            .Person("C2", "C1")
            .Person("C3", "C2")
            .Person("C4", "C3");

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("supervisor_id", 10), (error.Field, error.Line));
        Assert.Contains("C1 → C3 → C2 → C1", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_division_code_with_two_names_is_reported_on_the_disagreeing_line()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", "D1", "B1", divisionName: "別の課");

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("division_name", 10), (error.Field, error.Line));
        Assert.Contains("別の課", error.Message.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void A_division_in_two_bureaus_is_reported()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", "D1", "B2", divisionName: "D1課");

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("bureau_code", 10), (error.Field, error.Line));
    }

    [Fact]
    public void A_row_with_more_or_fewer_fields_than_the_header_is_reported()
    {
        var text = RosterCsvBuilder.SmallOrganisation().Text() + "X1,山田, 太郎,x1@example.go.jp,B1,B1局,D1,D1課,係員,H1,ja\r\n";

        var errors = RosterHeaderTests.Read(Encoding.UTF8.GetBytes(text)).Errors;

        Assert.Contains(errors, e => e.Field == "file" && e.Line == 10 && e.Message.En.Contains("11 fields", StringComparison.Ordinal));
    }

    [Fact]
    public void Line_numbers_count_the_physical_lines_of_values_with_line_breaks()
    {
        var csv = RosterCsvBuilder.SmallOrganisation()
            .Person("X1", "H1", division: "D9", divisionName: "改行\r\nのある\r\n課室名")
            .Person("X2", "NOBODY");

        var error = Assert.Single(Errors(csv));

        // X1 takes lines 10-12, so X2 is on line 13.
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void Rows_of_empty_fields_left_by_spreadsheets_are_not_people()
    {
        var text = RosterCsvBuilder.SmallOrganisation().Text() + ",,,,,,,,,\r\n , ,,,,,,,,\r\n";

        var file = RosterHeaderTests.Read(Encoding.UTF8.GetBytes(text));

        Assert.Empty(file.Errors);
        Assert.Equal(8, file.Staff.Count);
    }

    [Fact]
    public void Quoted_commas_are_part_of_the_value()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", division: "D9", divisionName: "企画, 調整課");

        var file = RosterHeaderTests.Read(csv.Utf8());

        Assert.Empty(file.Errors);
        Assert.Equal("企画, 調整課", file.Staff.Single(s => s.StaffId == "X1").DivisionName);
    }

    [Fact]
    public void Every_error_of_the_file_is_reported_in_line_order_and_no_staff_are_returned()
    {
        var csv = RosterCsvBuilder.SmallOrganisation()
            .Person("X1", "H1", email: "bad")
            .Person("X2", "NOBODY")
            .Person("X1", "H1", language: "de");

        var file = RosterHeaderTests.Read(csv.Utf8());

        Assert.Equal([(10, "email"), (11, "supervisor_id"), (12, "language"), (12, "staff_id")], file.Errors.Select(e => (e.Line ?? 0, e.Field)).Order());
        Assert.Equal([10, 11, 12, 12], file.Errors.Select(e => e.Line ?? 0));
        Assert.Empty(file.Staff);
    }

    [Fact]
    public void Every_message_is_in_Japanese_and_English()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "X1", email: "bad", language: "de").Person("X2", "H1", "D1", "B2", divisionName: "x");

        var errors = Errors(csv);

        Assert.True(errors.Count >= 5);
        Assert.All(errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message.Ja));
            Assert.False(string.IsNullOrWhiteSpace(e.Message.En));
            Assert.NotEqual(e.Message.Ja, e.Message.En);
        });
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("file", Assert.Single(RosterHeaderTests.Read([]).Errors).Field);
        Assert.Equal("file", Assert.Single(RosterHeaderTests.Read(Encoding.UTF8.GetBytes("\r\n\r\n")).Errors).Field);
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        var error = Assert.Single(RosterHeaderTests.Read(new RosterCsvBuilder().Utf8()).Errors);

        Assert.Equal("file", error.Field);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var bytes = RosterCsvBuilder.SmallOrganisation().Utf8();

        var error = Assert.Single(RosterHeaderTests.Read(bytes, maxBytes: bytes.Length - 1).Errors);

        Assert.Equal("file", error.Field);
        Assert.Empty(RosterHeaderTests.Read(bytes, maxBytes: bytes.Length).Errors);
    }

    [Fact]
    public void A_file_over_the_row_limit_is_refused_at_the_first_row_too_many()
    {
        var bytes = RosterCsvBuilder.SmallOrganisation().Utf8();

        var error = Assert.Single(RosterHeaderTests.Read(bytes, maxRows: 7).Errors);

        Assert.Equal(("file", 9), (error.Field, error.Line));
        Assert.Empty(RosterHeaderTests.Read(bytes, maxRows: 8).Errors);
    }

    [Fact]
    public void An_email_address_twice_is_reported_with_both_lines_whatever_its_case()
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", email: "STAFF-E11@Example.go.jp");

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("email", 10), (error.Field, error.Line));
        Assert.Contains("line 4 and on line 10", error.Message.En, StringComparison.Ordinal);
        Assert.Contains("4 行目と 10 行目", error.Message.Ja, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Smith, John")]
    [InlineData("山田;太郎")]
    [InlineData("山田\t太郎")]
    public void A_name_mail_providers_refuse_is_reported(string name)
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", name: name);

        var error = Assert.Single(Errors(csv));

        Assert.Equal(("name", 10), (error.Field, error.Line));
    }

    [Theory]
    [InlineData(RosterColumn.StaffId, "X/1")]
    [InlineData(RosterColumn.DivisionCode, "D 9")]
    [InlineData(RosterColumn.BureauCode, "B#1")]
    public void An_id_no_address_can_carry_is_reported(RosterColumn column, string value)
    {
        var csv = RosterCsvBuilder.SmallOrganisation().Person("X1", "H1", division: "D9").With(column, value);

        Assert.Contains(Errors(csv), e => e.Field == RosterColumns.Of(column).English && e.Line == 10);
    }

    private static IReadOnlyList<Transformation.Platform.Http.FieldError> Errors(RosterCsvBuilder csv) =>
        RosterHeaderTests.Read(csv.Utf8()).Errors;
}
