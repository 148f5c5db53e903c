using Transformation.CareSheets.Sheets;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

public sealed class CareSheetValidatorTests
{
    private static readonly DateOnly Today = new(2026, 4, 1);

    private static CareSheetValidation Check(CareSheetInput input) => CareSheetValidator.Validate(input, Today);

    private static void AssertOnlyError(CareSheetInput input, string field)
    {
        var result = Check(input);
        Assert.Null(result.Content);
        Assert.Contains(result.Errors, e => e.Field == field);
        Assert.All(result.Errors, e => Assert.Equal(field, e.Field));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message.Ja) || string.IsNullOrWhiteSpace(e.Message.En)));
    }

    [Fact]
    public void A_complete_childcare_sheet_is_accepted_with_japanese_text_kept()
    {
        var result = Check(CareSheetInputs.Childcare(Today));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Field + ": " + e.Message.En)));
        var sheet = result.Content!;
        Assert.Equal(CareSheetKind.Childcare, sheet.Kind);
        Assert.Equal([2021, 2024], sheet.ChildBirthYears);
        Assert.Equal(6m, sheet.ShorterDailyHours);
        Assert.True(sheet.FlexTime);
        Assert.Equal("保育園の送迎のため、17時に退庁したいです。", sheet.Note);
        Assert.Single(sheet.LeavePeriods);
    }

    [Fact]
    public void A_caregiving_sheet_takes_the_care_level_as_a_japanese_label_with_full_width_digits()
    {
        var result = Check(CareSheetInputs.Caregiving(Today));
        Assert.True(result.IsValid);
        Assert.Equal("care2", result.Content!.CareLevel);
        Assert.Equal("母", result.Content.RecipientRelationship);
    }

    [Fact]
    public void Full_width_numbers_and_dates_are_understood() =>
        Assert.True(Check(CareSheetInputs.Childcare(Today) with { TeleworkDaysPerWeek = "２", PeriodFrom = "２０２６-０４-０１", ChildBirthYears = ["２０２２"] }).IsValid);

    [Theory]
    [InlineData(null)]
    [InlineData("parental")]
    public void The_kind_is_required_and_must_be_known(string? kind) =>
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { Kind = kind }, CareSheetFields.Kind);

    [Theory]
    [InlineData("2003")]
    [InlineData("2028")]
    [InlineData("二〇二一")]
    public void Birth_years_must_be_plausible(string year) =>
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { ChildBirthYears = [year] }, CareSheetFields.ChildBirthYears);

    [Fact]
    public void A_childcare_sheet_needs_a_child() =>
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { ChildBirthYears = [] }, CareSheetFields.ChildBirthYears);

    [Fact]
    public void A_caregiving_sheet_needs_the_relationship_and_a_known_care_level()
    {
        AssertOnlyError(CareSheetInputs.Caregiving(Today) with { RecipientRelationship = " " }, CareSheetFields.RecipientRelationship);
        AssertOnlyError(CareSheetInputs.Caregiving(Today) with { CareLevel = "要介護6" }, CareSheetFields.CareLevel);
        AssertOnlyError(CareSheetInputs.Caregiving(Today) with { CareLevel = null }, CareSheetFields.CareLevel);
    }

    [Theory]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("three")]
    public void Telework_days_are_zero_to_five(string days) =>
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { TeleworkDaysPerWeek = days }, CareSheetFields.TeleworkDaysPerWeek);

    [Theory]
    [InlineData("7.75")]
    [InlineData("0.5")]
    [InlineData("6.1")]
    [InlineData(null)]
    public void Shorter_hours_need_daily_hours_under_a_full_day_in_quarter_hours(string? hours) =>
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { ShorterDailyHours = hours }, CareSheetFields.ShorterDailyHours);

    [Fact]
    public void Daily_hours_are_ignored_without_shorter_hours()
    {
        var result = Check(CareSheetInputs.Childcare(Today) with { ShorterHours = "no", ShorterDailyHours = "99" });
        Assert.True(result.IsValid);
        Assert.Null(result.Content!.ShorterDailyHours);
    }

    [Fact]
    public void Overtime_limits_are_up_to_45_hours_a_month() =>
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { OvertimeLimitHours = "46" }, CareSheetFields.OvertimeLimitHours);

    [Fact]
    public void Yes_or_no_fields_refuse_other_answers() =>
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { FlexTime = "maybe" }, CareSheetFields.FlexTime);

    [Fact]
    public void The_period_must_be_in_order_not_over_and_at_most_three_years()
    {
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { PeriodFrom = "2026-05-01", PeriodTo = "2026-04-30", LeavePeriods = [] }, CareSheetFields.PeriodTo);
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { PeriodFrom = "2025-01-01", PeriodTo = "2026-03-31", LeavePeriods = [] }, CareSheetFields.PeriodTo);
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { PeriodTo = "2029-05-01" }, CareSheetFields.PeriodTo);
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { PeriodFrom = "1 April" }, CareSheetFields.PeriodFrom);
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { PeriodFrom = "2026-02-30" }, CareSheetFields.PeriodFrom);
    }

    [Fact]
    public void Leave_periods_must_be_in_order_inside_the_period_and_not_overlap()
    {
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { LeavePeriods = [new("2026-05-10", "2026-05-01")] }, CareSheetFields.LeaveTo(0));
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { LeavePeriods = [new("2028-01-01", "2028-01-02")] }, CareSheetFields.LeaveFrom(0));
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { LeavePeriods = [new("2026-05-01", "2026-05-10"), new("2026-05-10", "2026-05-12")] }, CareSheetFields.LeaveFrom(1));
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { LeavePeriods = [new("2026-05-01", null)] }, CareSheetFields.LeaveTo(0));
    }

    [Fact]
    public void Empty_leave_rows_of_the_form_are_ignored() =>
        Assert.True(Check(CareSheetInputs.Childcare(Today) with { LeavePeriods = [new("", ""), new(null, null)] }).IsValid);

    [Fact]
    public void Lengths_are_counted_in_characters_as_people_see_them()
    {
        var note = new string('育', CareSheetValidator.MaxNoteLength);
        Assert.True(Check(CareSheetInputs.Childcare(Today) with { Note = note }).IsValid);
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { Note = note + "児" }, CareSheetFields.Note);
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { TravelLimits = new string('出', CareSheetValidator.MaxTravelLimitsLength + 1) }, CareSheetFields.TravelLimits);
    }

    [Fact]
    public void Control_characters_are_refused_but_a_note_keeps_its_line_breaks()
    {
        AssertOnlyError(CareSheetInputs.Childcare(Today) with { TravelLimits = "宿泊\u0007不可" }, CareSheetFields.TravelLimits);
        var result = Check(CareSheetInputs.Childcare(Today) with { Note = "一行目\r\n二行目" });
        Assert.Equal("一行目\n二行目", result.Content!.Note);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once()
    {
        var result = Check(CareSheetInputs.Childcare(Today) with { TeleworkDaysPerWeek = "9", OvertimeLimitHours = "x", PeriodTo = null });
        Assert.Null(result.Content);
        Assert.Equal(
            new[] { CareSheetFields.TeleworkDaysPerWeek, CareSheetFields.OvertimeLimitHours, CareSheetFields.PeriodTo }.Order(),
            result.Errors.Select(e => e.Field).Distinct().Order());
    }
}
