using System.Globalization;
using System.Text;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Organisation;
using Transformation.Tests.Support.Overtime;

namespace Transformation.Tests.Overtime;

/// <summary>
/// A host for the whole overtime process at once: division D4 (bureau B2), held to the other-directed caps, with its head H4,
/// the supervisor S4 and three of S4's staff: A4 with no overtime yet, W4 with two months of 99 hours behind them and R4
/// with five. Decisions are due ten minutes after a request and the actual is asked for seconds after approval; the
/// monthly summary's timer is set to a minute <see cref="SummaryRunsAt"/> a few minutes after the start, when the roster is in.
/// </summary>
public sealed class OvertimeChainHostFixture : IAsyncLifetime
{
    public const string HrMailbox = "jinji-chain@example.go.jp";
    public const string HealthOffice = "kenko-chain@example.go.jp";

    private LocalHostProcess? _host;

    public OvertimeHarness Harness => new(_host ?? throw new InvalidOperationException("The host is not started."));

    /// <summary>When the summary timer fires (UTC, to the minute): once, after the start, with the roster imported.</summary>
    public DateTimeOffset SummaryRunsAt { get; } = NextMinute(DateTimeOffset.UtcNow.AddMinutes(4));

    public async Task InitializeAsync()
    {
        _host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Overtime__DecisionWindow"] = "00:10:00",
            ["Overtime__RecheckEvery"] = "00:00:03",
            ["Overtime__ActualReminderAfter"] = "00:00:03",
            ["Overtime__HrEmail"] = HrMailbox,
            ["Overtime__HealthOfficeEmail"] = HealthOffice,
            ["OvertimeSummarySchedule"] = string.Create(CultureInfo.InvariantCulture,
                $"0 {SummaryRunsAt.Minute} {SummaryRunsAt.Hour} * * *"),
        });
        var roster = RosterCsvBuilder.SmallOrganisation()
            .Person("H4", "T1", "D4", "B2", grade: "課長", name: "中島 隆")
            .Person("S4", "H4", "D4", "B2", grade: "課長補佐", name: "石井 真理")
            .Person("A4", "S4", "D4", "B2", name: "青木 陽介")
            .Person("W4", "S4", "D4", "B2", name: "和田 由紀")
            .Person("R4", "S4", "D4", "B2", name: "林 大輔");
        using var hr = await Harness.ClientAsync("HR1", "hr.admin");
        using var content = new StringContent(roster.Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Today in Japan, as the host counts days.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));

    /// <summary>The first day of the month <paramref name="back"/> months before this one in Japan.</summary>
    public static DateOnly MonthBefore(int back) => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-back);

    /// <summary>
    /// The attendance file HR imports: for each person, 18 days of 5.5 hours (99 hours, just under the other-directed month's
    /// 100) in each of the given past months.
    /// </summary>
    public static string History(params (string StaffId, int Months)[] people)
    {
        var csv = new StringBuilder("staff_id,date,actual_hours\n");
        foreach (var (staffId, months) in people)
        {
            for (var back = months; back >= 1; back--)
            {
                for (var d = 0; d < 18; d++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{staffId},{MonthBefore(back).AddDays(d):yyyy-MM-dd},5:30\n");
                }
            }
        }

        return csv.ToString();
    }

    private static DateTimeOffset NextMinute(DateTimeOffset at) => new(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero);
}
