using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.CareSheets;
using Transformation.Organisation;
using Transformation.Organisation.Import;
using Transformation.Overtime;
using Transformation.Platform.Hosting;
using Transformation.Platform.Http;
using Transformation.Platform.Links;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Benchmarks.Surveys;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Overtime;

/// <summary>
/// The overtime services registered as the app registers them, with the shipped workflows files, on fresh Azurite tables
/// (requests may be made at any hour: a decision window is set, as in drills).
/// </summary>
public static class OvertimeServices
{
    public static ServiceProvider Build(string tablePrefix)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.json").Order(StringComparer.Ordinal))
        {
            builder.AddJsonFile(file);
        }

        var configuration = builder
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Provider"] = "Outbox", ["Overtime:DecisionWindow"] = "01:00:00" })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new Tables(Options.Create(new StorageOptions
        {
            ConnectionString = BenchmarkStorage.ConnectionString, TablePrefix = tablePrefix,
        })));
        services.Configure<AppOptions>(o => o.PublicBaseUrl = new Uri("https://transformation.example/"));
        services.AddSingleton<JapanTime>();
        services.AddOptions<SignInOptions>();
        services.AddRequestLimits(configuration);
        services.AddPages(configuration);
        services.AddOrganisation(configuration);
        services.AddMail(configuration);
        services.AddActionLinks(configuration);
        services.AddCareSheets(configuration);
        services.AddOvertime();
        return services.BuildServiceProvider();
    }

    /// <summary>Imports <see cref="LargeRoster"/> of <paramref name="staff"/> people (1,000 divisions, a head each).</summary>
    public static async Task ImportRosterAsync(IServiceProvider services, int staff)
    {
        var csv = Encoding.UTF8.GetBytes(LargeRoster.Build(staff).Text());
        var outcome = await services.GetRequiredService<RosterImporter>().ImportAsync(csv, "benchmark");
        if (outcome.Report is null)
        {
            throw new InvalidOperationException("The benchmark roster was refused.");
        }
    }
}
