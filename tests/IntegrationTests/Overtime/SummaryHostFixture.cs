using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Overtime;
using Transformation.Overtime.Caps;
using Transformation.Overtime.Requests;
using Transformation.Overtime.Summaries;
using Transformation.Platform.Hosting;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Organisation;

namespace Transformation.Tests.Overtime;

/// <summary>
/// A local host of its own with the small roster (heads H1 of D1, H2 of D2, H3 of D3), and the overtime ledger in this process
/// on the host's tables, so a test writes hours as the request steps do and reads the host's pages.
/// </summary>
public sealed class SummaryHostFixture : IAsyncLifetime
{
    public static readonly DateOnly October = new(2026, 10, 1);
    private LocalHostProcess? _host;
    private ServiceProvider? _services;

    public LocalHostProcess Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The host is not started.");

    public OvertimeLedger Ledger => Services.GetRequiredService<OvertimeLedger>();

    public OvertimeStore Store => Services.GetRequiredService<OvertimeStore>();

    public MonthTotalStore Totals => Services.GetRequiredService<MonthTotalStore>();

    public MonthTotalProjection Projection => Services.GetRequiredService<MonthTotalProjection>();

    public async Task InitializeAsync()
    {
        _host = await LocalHostProcess.StartAsync();
        using var hr = await Host.ClientForAsync("HR1", "hr.admin");
        using var content = new StringContent(RosterCsvBuilder.SmallOrganisation().Text(), Encoding.UTF8, "text/csv");
        using var response = await hr.PostAsync("/api/organisation/roster", content);
        Assert.True(response.IsSuccessStatusCode, $"Roster import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        _services = Build(Host.TablePrefix);
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

    public Task<HttpClient> Browser(string staffId, string role) => BrowserSession.SignInAsync(Host.BaseUrl, staffId, role);

    /// <summary>Counts <paramref name="hoursFromApril"/> (one approved day a month, fiscal 2026) through the ledger.</summary>
    public async Task CountAsync(string staffId, Designation designation, params int[] hoursFromApril)
    {
        var changes = new List<(Stored<OvertimeDay>? Before, OvertimeDay After)>();
        for (var i = 0; i < hoursFromApril.Length; i++)
        {
            var day = new DateOnly(2026, 4, 10).AddMonths(i);
            changes.Add((await Store.GetDayAsync(staffId, day), Approved(staffId, day, designation, hoursFromApril[i] * 60)));
        }

        Assert.NotNull(await Ledger.ChangeManyAsync(staffId, changes));
    }

    public static OvertimeDay Approved(string staffId, DateOnly day, Designation designation, int minutes) =>
        new(staffId, day, 1, OvertimeState.Approved, "集計の確認", null, minutes, "H1", designation, [], DateTimeOffset.UtcNow, minutes);

    internal static ServiceProvider Build(string tablePrefix)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.json").Order(StringComparer.Ordinal))
        {
            builder.AddJsonFile(file);
        }

        var configuration = builder.Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        var storage = new StorageOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = tablePrefix };
        services.AddSingleton(new Tables(Options.Create(storage)));
        services.Configure<AppOptions>(o => o.PublicBaseUrl = new Uri("https://transformation.example/"));
        services.AddSingleton<JapanTime>();
        services.AddOrganisation(configuration);
        services.AddOptions<OvertimeOptions>().BindConfiguration(OvertimeOptions.Section);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<OvertimeStore>();
        services.AddSingleton<MonthTotalStore>();
        services.AddSingleton<MonthTotalProjection>();
        services.AddSingleton<OvertimeLedger>();
        return services.BuildServiceProvider();
    }
}
