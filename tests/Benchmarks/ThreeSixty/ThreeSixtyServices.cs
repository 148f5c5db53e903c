using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Benchmarks.Surveys;
using Transformation.Organisation;
using Transformation.Organisation.Lookup;
using Transformation.Organisation.Snapshots;
using Transformation.Platform.Hosting;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;
using Transformation.ThreeSixty;

namespace Transformation.Benchmarks.ThreeSixty;

/// <summary>
/// The 360 services registered as the app registers them, with the shipped workflows files, on the benchmark
/// storage (<see cref="BenchmarkStorage"/>) under <paramref name="tablePrefix"/>, and a roster snapshot held in
/// memory (what the round's activities read through <see cref="RosterDirectory"/>).
/// </summary>
public static class ThreeSixtyServices
{
    public const string SnapshotId = "bench-snapshot";

    public static ServiceProvider Build(string tablePrefix, IReadOnlyList<StaffMember> staff, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.json").Order(StringComparer.Ordinal))
        {
            builder.AddJsonFile(file);
        }

        var configuration = builder
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Mail:Provider"] = "Outbox",
                ["ThreeSixty:Rating:SealKey"] = TestSecrets.RatingSealKey,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        var storage = new StorageOptions { ConnectionString = BenchmarkStorage.ConnectionString, TablePrefix = tablePrefix };
        services.AddSingleton(new Tables(Options.Create(storage)));
        services.Configure<AppOptions>(o => o.PublicBaseUrl = new Uri("https://transformation.example/"));
        services.AddSingleton<JapanTime>();
        services.AddOptions<SignInOptions>();
        services.AddPages(configuration);
        services.AddOrganisation(configuration);
        services.AddMail(configuration);
        services.AddThreeSixty(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var info = new RosterSnapshotInfo(SnapshotId, DateTimeOffset.UtcNow, "benchmark", staff.Count, 1, "utf-8");
        provider.GetRequiredService<RosterDirectory>().Remember(info, staff);
        return provider;
    }
}
