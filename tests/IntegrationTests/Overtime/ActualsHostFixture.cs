using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Overtime.Requests;
using Transformation.Platform.Mail;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Overtime;

/// <summary>
/// A local host of its own for the actuals import and the interview flags: the small organisation plus staff P1–P9 under H1
/// (one or two a test, so tests do not meet), K1 of the health office, and reminders every few seconds.
/// </summary>
public sealed class ActualsHostFixture : IAsyncLifetime
{
    public const string HealthOfficeEmail = "kenko-test@example.go.jp";
    public static readonly TimeSpan ReminderEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(120);
    private LocalHostProcess? _host;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>The host's own tables, to read what the import wrote (the API for days and totals is not this feature's).</summary>
    public OvertimeStore Store { get; private set; } = null!;

    public OvertimeLedger Ledger { get; private set; } = null!;

    private ServiceProvider? _services;

    /// <summary>Last month in Japan: a month whose days are all in the past, so any of them may carry an actual.</summary>
    public static DateOnly LastMonth
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
    }

    public static string MonthKey => LastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        _host = await LocalHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Overtime__HealthOfficeEmail"] = HealthOfficeEmail,
            ["Overtime__InterviewReminderEvery"] = ReminderEvery.ToString(),
        });
        // The ledger as the host builds it (with its month-totals projection), on the host's tables.
        _services = SummaryHostFixture.Build(_host.TablePrefix);
        Store = _services.GetRequiredService<OvertimeStore>();
        Ledger = _services.GetRequiredService<OvertimeLedger>();
        var roster = RosterCsvBuilder.SmallOrganisation().Person("K1", "T1", "D3", "B2", name: "保健 花子");
        for (var p = 1; p <= 9; p++)
        {
            roster.Person($"P{p}", "H1", "D1", "B1", name: $"職員 {p}号");
        }

        using var hr = await Api();
        using var content = new StringContent(roster.Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public Task<HttpClient> Api(string staffId = "HR1", string role = "hr.admin") => Host.ClientForAsync(staffId, role);

    public Task<HttpClient> HealthOffice() => Host.ClientForAsync("K1", "health.office");

    /// <summary>
    /// Records a flag's interview so its workflow ends: a test that is not about reminders leaves no workflow mailing every few
    /// seconds behind it, which on a loaded machine slows the durable engine for the tests after it.
    /// </summary>
    public async Task EndRemindersAsync(string staffId)
    {
        using var office = await HealthOffice();
        var heldOn = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var recorded = await office.PostAsJsonAsync($"/api/overtime/interviews/{MonthKey}/{staffId}/held", new { heldOn });
        recorded.EnsureSuccessStatusCode();
    }

    public Task<HttpClient> Browser(string staffId, string role) => BrowserSession.SignInAsync(Host.BaseUrl, staffId, role);

    public async Task<HttpResponseMessage> ImportAsync(string csv, HttpClient? client = null)
    {
        using var hr = client is null ? await Api() : null;
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await (client ?? hr!).PostAsync("/api/overtime/actuals/import", content);
    }

    /// <summary>A file giving <paramref name="staffId"/> <paramref name="hours"/> on each of the first <paramref name="days"/> days of
    /// last month.</summary>
    public static string MonthOf(string staffId, int days, string hours)
    {
        var csv = new StringBuilder("staff_id,date,actual_hours\n");
        for (var d = 0; d < days; d++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{staffId},{LastMonth.AddDays(d):yyyy-MM-dd},{hours}\n");
        }

        return csv.ToString();
    }

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(string email) =>
        await Host.Http.GetFromJsonAsync<List<OutboxMessage>>($"/dev/outbox?to={Uri.EscapeDataString(email)}") ?? [];

    /// <summary>Polls until at least <paramref name="count"/> messages to <paramref name="email"/> match; returns them all.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> WaitForMailsAsync(string email, Func<OutboxMessage, bool> match, int count, string what)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Wait)
        {
            var found = (await OutboxAsync(email)).Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"Fewer than {count} mails to {email}: {what}.{Environment.NewLine}{Host.Output}");
    }

    public static string EmailOf(string staffId) => $"staff-{staffId.ToLowerInvariant()}@example.go.jp";

    /// <summary>The batch keys of a flag's mails: "overtime-interview:{month}:{staff}:{message}:{recipient}".</summary>
    public static Func<OutboxMessage, bool> About(string staffId, string message) =>
        m => m.BatchKey.StartsWith($"overtime-interview:{MonthKey}:{staffId}:{message}", StringComparison.Ordinal);
}
