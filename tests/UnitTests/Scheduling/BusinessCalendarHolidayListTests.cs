using System.Globalization;
using Transformation.Platform.Scheduling;

namespace Transformation.Tests.Scheduling;

/// <summary>
/// The business calendar against the Cabinet Office's list of national holidays (内閣府「国民の祝日について」).
/// 2024-2027 are the published lists: the equinox days are those the National Astronomical Observatory of Japan
/// announced in its 暦要項 (2027's on 2026-02-02). 2028-2030 are not published yet: the named days follow the Act,
/// the equinox days the standard calculation, int(20.8431 + 0.242194 (y - 1980) - int((y - 1980) / 4)) for 春分
/// and the same with 23.2488 for 秋分, and substitute (振替休日) and citizens' (国民の休日) holidays Article 3.
/// </summary>
public sealed class BusinessCalendarHolidayListTests
{
    private static readonly BusinessCalendar HolidaysOnly = new([]);

    // "yyyy-MM-dd name"; 振替休日 = Article 3(2), 国民の休日 = Article 3(3). Holidays on a Sunday are listed too.
    private static readonly string[] CabinetOfficeList =
    [
        "2024-01-01 元日", "2024-01-08 成人の日", "2024-02-11 建国記念の日", "2024-02-12 振替休日", "2024-02-23 天皇誕生日",
        "2024-03-20 春分の日", "2024-04-29 昭和の日", "2024-05-03 憲法記念日", "2024-05-04 みどりの日", "2024-05-05 こどもの日",
        "2024-05-06 振替休日", "2024-07-15 海の日", "2024-08-11 山の日", "2024-08-12 振替休日", "2024-09-16 敬老の日",
        "2024-09-22 秋分の日", "2024-09-23 振替休日", "2024-10-14 スポーツの日", "2024-11-03 文化の日", "2024-11-04 振替休日",
        "2024-11-23 勤労感謝の日",
        "2025-01-01 元日", "2025-01-13 成人の日", "2025-02-11 建国記念の日", "2025-02-23 天皇誕生日", "2025-02-24 振替休日",
        "2025-03-20 春分の日", "2025-04-29 昭和の日", "2025-05-03 憲法記念日", "2025-05-04 みどりの日", "2025-05-05 こどもの日",
        "2025-05-06 振替休日", "2025-07-21 海の日", "2025-08-11 山の日", "2025-09-15 敬老の日", "2025-09-23 秋分の日",
        "2025-10-13 スポーツの日", "2025-11-03 文化の日", "2025-11-23 勤労感謝の日", "2025-11-24 振替休日",
        "2026-01-01 元日", "2026-01-12 成人の日", "2026-02-11 建国記念の日", "2026-02-23 天皇誕生日", "2026-03-20 春分の日",
        "2026-04-29 昭和の日", "2026-05-03 憲法記念日", "2026-05-04 みどりの日", "2026-05-05 こどもの日", "2026-05-06 振替休日",
        "2026-07-20 海の日", "2026-08-11 山の日", "2026-09-21 敬老の日", "2026-09-22 国民の休日", "2026-09-23 秋分の日",
        "2026-10-12 スポーツの日", "2026-11-03 文化の日", "2026-11-23 勤労感謝の日",
        "2027-01-01 元日", "2027-01-11 成人の日", "2027-02-11 建国記念の日", "2027-02-23 天皇誕生日", "2027-03-21 春分の日",
        "2027-03-22 振替休日", "2027-04-29 昭和の日", "2027-05-03 憲法記念日", "2027-05-04 みどりの日", "2027-05-05 こどもの日",
        "2027-07-19 海の日", "2027-08-11 山の日", "2027-09-20 敬老の日", "2027-09-23 秋分の日", "2027-10-11 スポーツの日",
        "2027-11-03 文化の日", "2027-11-23 勤労感謝の日",
        "2028-01-01 元日", "2028-01-10 成人の日", "2028-02-11 建国記念の日", "2028-02-23 天皇誕生日", "2028-03-20 春分の日",
        "2028-04-29 昭和の日", "2028-05-03 憲法記念日", "2028-05-04 みどりの日", "2028-05-05 こどもの日", "2028-07-17 海の日",
        "2028-08-11 山の日", "2028-09-18 敬老の日", "2028-09-22 秋分の日", "2028-10-09 スポーツの日", "2028-11-03 文化の日",
        "2028-11-23 勤労感謝の日",
        "2029-01-01 元日", "2029-01-08 成人の日", "2029-02-11 建国記念の日", "2029-02-12 振替休日", "2029-02-23 天皇誕生日",
        "2029-03-20 春分の日", "2029-04-29 昭和の日", "2029-04-30 振替休日", "2029-05-03 憲法記念日", "2029-05-04 みどりの日",
        "2029-05-05 こどもの日", "2029-07-16 海の日", "2029-08-11 山の日", "2029-09-17 敬老の日", "2029-09-23 秋分の日",
        "2029-09-24 振替休日", "2029-10-08 スポーツの日", "2029-11-03 文化の日", "2029-11-23 勤労感謝の日",
        "2030-01-01 元日", "2030-01-14 成人の日", "2030-02-11 建国記念の日", "2030-02-23 天皇誕生日", "2030-03-20 春分の日",
        "2030-04-29 昭和の日", "2030-05-03 憲法記念日", "2030-05-04 みどりの日", "2030-05-05 こどもの日", "2030-05-06 振替休日",
        "2030-07-15 海の日", "2030-08-11 山の日", "2030-08-12 振替休日", "2030-09-16 敬老の日", "2030-09-23 秋分の日",
        "2030-10-14 スポーツの日", "2030-11-03 文化の日", "2030-11-04 振替休日", "2030-11-23 勤労感謝の日",
    ];

    private static readonly Dictionary<DateOnly, string> Holidays = CabinetOfficeList
        .Select(line => line.Split(' '))
        .ToDictionary(parts => DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), parts => parts[1]);

    public static TheoryData<string> SubstituteHolidays => [.. DaysNamed("振替休日")];

    [Fact]
    public void The_list_names_the_sixteen_holidays_of_the_act_every_year()
    {
        var named = Holidays.Where(h => h.Value is not ("振替休日" or "国民の休日")).GroupBy(h => h.Key.Year);
        Assert.All(named, year => Assert.Equal(16, year.Count()));
    }

    [Fact]
    public void Every_weekday_from_2024_to_2030_is_a_business_day_exactly_when_the_list_has_no_holiday_on_it()
    {
        var wrong = new List<string>();
        for (var day = new DateOnly(2024, 1, 1); day.Year <= 2030; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var expected = !Holidays.ContainsKey(day);
            if (HolidaysOnly.IsBusinessDay(day) != expected)
            {
                wrong.Add($"{day:yyyy-MM-dd} ({(expected ? "business day" : Holidays[day])})");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(SubstituteHolidays))]
    public void A_substitute_holiday_is_not_a_business_day(string day) =>
        Assert.False(HolidaysOnly.IsBusinessDay(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)));

    [Fact]
    public void The_citizens_holiday_between_keiro_no_hi_and_shubun_no_hi_2026_is_not_a_business_day() =>
        Assert.False(HolidaysOnly.IsBusinessDay(new DateOnly(2026, 9, 22)));

    [Fact]
    public void A_business_day_deadline_across_the_2026_silver_week_skips_the_citizens_holiday()
    {
        // Friday 18 September 2026; 19-20 weekend, 21 敬老の日, 22 国民の休日, 23 秋分の日: the next business day is the 24th.
        Assert.Equal(new DateOnly(2026, 9, 24), HolidaysOnly.AddBusinessDays(new DateOnly(2026, 9, 18), 1));
    }

    [Fact]
    public void A_day_between_a_holiday_and_a_weekend_stays_a_business_day()
    {
        // Friday 30 April 2027 lies between 昭和の日 (Thursday) and a Saturday: a working day.
        Assert.True(HolidaysOnly.IsBusinessDay(new DateOnly(2027, 4, 30)));
    }

    private static IEnumerable<string> DaysNamed(string name) =>
        Holidays.Where(h => h.Value == name && h.Key.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(h => h.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
