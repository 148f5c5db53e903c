using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.CareSheets;
using Transformation.CareSheets.Reviews;
using Transformation.CareSheets.Sheets;
using Transformation.Platform.Localization;

namespace Transformation.Tests.CareSheets;

public sealed class CareSheetMilestoneTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly MilestoneTime TenthOfJanuary = MilestoneTime.Parse("01-10 09:00");
    private static readonly int[] Ages = [3, 6, 12];

    // Approved on 1 April 2026 (Tokyo), ending at the close of 31 March 2029.
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateTimeOffset End = new(2029, 4, 1, 0, 0, 0, TimeSpan.FromHours(9));

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(9)).UtcDateTime;

    [Fact]
    public void Each_age_a_child_reaches_in_the_period_is_asked_at_the_setting_in_japan_time()
    {
        // Born 2021: 6 in 2027, 12 in 2033 (after the end), 3 in 2024 (before now).
        var reviews = CareSheetMilestones.Compute(CareSheetKind.Childcare, [2021], Ages, TenthOfJanuary, Tokyo, Now, End);

        var review = Assert.Single(reviews);
        Assert.Equal(Utc(2027, 1, 10, 9), review.AtUtc);
        Assert.Equal(DateTimeKind.Utc, review.AtUtc.Kind);
        Assert.Equal(new DateTime(2027, 1, 10, 0, 0, 0, DateTimeKind.Utc), review.AtUtc);
        Assert.Equal([6], review.Ages);
    }

    [Fact]
    public void Two_children_are_sorted_and_reaching_milestones_on_the_same_day_makes_one_review_naming_both()
    {
        // Born 2024: 3 in 2027; born 2021: 6 in 2027 (same day); born 2016: 12 in 2028; born 2025: 3 in 2028 (same day).
        var reviews = CareSheetMilestones.Compute(CareSheetKind.Childcare, [2016, 2025, 2024, 2021], Ages, TenthOfJanuary, Tokyo, Now, End);

        Assert.Equal([Utc(2027, 1, 10, 9), Utc(2028, 1, 10, 9)], reviews.Select(r => r.AtUtc));
        Assert.Equal([3, 6], reviews[0].Ages);
        Assert.Equal([3, 12], reviews[1].Ages);
    }

    [Fact]
    public void Twins_reaching_an_age_are_named_once()
    {
        var review = Assert.Single(CareSheetMilestones.Compute(CareSheetKind.Childcare, [2021, 2021], Ages, TenthOfJanuary, Tokyo, Now, End));

        Assert.Equal([6], review.Ages);
    }

    [Fact]
    public void Only_instants_after_now_and_before_the_end_are_kept()
    {
        // Born 2020: 6 on 10 January 2026 (before now). Born 2017: 12 on 10 January 2029 09:00, 1 s before the end here.
        var end = new DateTimeOffset(2029, 1, 10, 9, 0, 1, TimeSpan.FromHours(9));
        Assert.Single(CareSheetMilestones.Compute(CareSheetKind.Childcare, [2017], Ages, TenthOfJanuary, Tokyo, Now, end));
        Assert.Empty(CareSheetMilestones.Compute(CareSheetKind.Childcare, [2017], Ages, TenthOfJanuary, Tokyo, Now, end.AddSeconds(-1)));
        Assert.Empty(CareSheetMilestones.Compute(CareSheetKind.Childcare, [2020], Ages, TenthOfJanuary, Tokyo, Now, End));

        // Now exactly at the milestone: it is not after now.
        var at = new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.FromHours(9));
        Assert.Empty(CareSheetMilestones.Compute(CareSheetKind.Childcare, [2021], [6], TenthOfJanuary, Tokyo, at, End));
        Assert.Single(CareSheetMilestones.Compute(CareSheetKind.Childcare, [2021], [6], TenthOfJanuary, Tokyo, at.AddSeconds(-1), End));
    }

    [Fact]
    public void The_instant_is_japan_time_even_when_the_utc_date_is_the_day_before()
    {
        var review = Assert.Single(CareSheetMilestones.Compute(CareSheetKind.Childcare, [2021], [6], MilestoneTime.Parse("01-10 08:30:15"), Tokyo, Now, End));

        Assert.Equal(new DateTime(2027, 1, 9, 23, 30, 15, DateTimeKind.Utc), review.AtUtc);
    }

    [Fact]
    public void A_caregiving_sheet_has_no_milestones()
    {
        Assert.Empty(CareSheetMilestones.Compute(CareSheetKind.Caregiving, [2021], Ages, TenthOfJanuary, Tokyo, Now, End));
    }

    [Theory]
    [InlineData("01-10 09:00", 1, 10, 9, 0, 0)]
    [InlineData("12-31 23:59:59", 12, 31, 23, 59, 59)]
    [InlineData(" 04-01 00:00 ", 4, 1, 0, 0, 0)]
    public void The_setting_is_read_as_a_day_and_time_of_the_year(string text, int month, int day, int hour, int minute, int second)
    {
        Assert.Equal(new MilestoneTime(month, day, new TimeOnly(hour, minute, second)), MilestoneTime.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("01-10")]
    [InlineData("1-10 09:00")]
    [InlineData("13-01 09:00")]
    [InlineData("02-29 09:00")]
    [InlineData("04-31 09:00")]
    [InlineData("01-10 25:00")]
    [InlineData("2027-01-10 09:00")]
    [InlineData("01/10 09:00")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(MilestoneTime.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MilestoneTime.Parse(text));
    }

    [Fact]
    public void The_defaults_are_three_six_and_twelve_on_the_tenth_of_january_and_a_bound_list_replaces_them()
    {
        var (defaults, _) = Options();
        Assert.Equal([3, 6, 12], defaults!.Milestones);
        Assert.Equal(TenthOfJanuary, defaults.MilestoneReview);

        var (bound, _) = Options(("CareSheets:MilestoneAges:0", "6"), ("CareSheets:MilestoneAges:1", "15"), ("CareSheets:MilestoneReviewAt", "03-01 10:00:30"));
        Assert.Equal([6, 15], bound!.Milestones);
        Assert.Equal(new MilestoneTime(3, 1, new TimeOnly(10, 0, 30)), bound.MilestoneReview);
    }

    [Theory]
    [InlineData("CareSheets:MilestoneReviewAt", "1月10日", "CareSheets:MilestoneReviewAt")]
    [InlineData("CareSheets:MilestoneReviewAt", "02-29 09:00", "CareSheets:MilestoneReviewAt")]
    [InlineData("CareSheets:MilestoneAges:0", "0", "CareSheets:MilestoneAges")]
    [InlineData("CareSheets:MilestoneAges:0", "30", "CareSheets:MilestoneAges")]
    public void A_wrong_setting_is_refused_at_start_up_with_its_name(string key, string value, string named)
    {
        var (options, problem) = Options((key, value));

        Assert.Null(options);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ages_are_written_in_the_readers_language()
    {
        Assert.Equal("6歳", CareSheetReviewMails.Ages([6], Language.Ja));
        Assert.Equal("3歳・6歳", CareSheetReviewMails.Ages([3, 6], Language.Ja));
        Assert.Equal("6", CareSheetReviewMails.Ages([6], Language.En));
        Assert.Equal("3, 6 and 12", CareSheetReviewMails.Ages([3, 6, 12], Language.En));
    }

    private static (CareSheetOptions? Options, string? Problem) Options(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddCareSheets(configuration).BuildServiceProvider();
        try
        {
            return (services.GetRequiredService<IOptions<CareSheetOptions>>().Value, null);
        }
        catch (OptionsValidationException e)
        {
            return (null, e.Message);
        }
    }
}
