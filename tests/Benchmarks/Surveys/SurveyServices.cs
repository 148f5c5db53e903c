using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Organisation;
using Transformation.Platform.Hosting;
using Transformation.Platform.Mail;
using Transformation.Platform.Pages;
using Transformation.Platform.Security;
using Transformation.Platform.Storage;
using Transformation.Surveys;
using Transformation.Tests.Support;

namespace Transformation.Benchmarks.Surveys;

/// <summary>
/// The survey services registered as the app registers them, with the shipped workflows files, on Azurite tables
/// under <paramref name="tablePrefix"/> (a fresh one, or a running local host's, to share its data).
/// </summary>
public static class SurveyServices
{
    public static ServiceProvider Build(string tablePrefix, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.json").Order(StringComparer.Ordinal))
        {
            builder.AddJsonFile(file);
        }

        var configuration = builder
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Provider"] = "Outbox", ["Surveys:SealKey"] = Transformation.Tests.Support.TestSecrets.SurveySealKey })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new Tables(Options.Create(new StorageOptions { ConnectionString = BenchmarkStorage.ConnectionString, TablePrefix = tablePrefix })));
        services.Configure<AppOptions>(o => o.PublicBaseUrl = new Uri("https://transformation.example/"));
        services.AddSingleton<JapanTime>();
        services.AddOptions<SignInOptions>();
        services.AddPages(configuration);
        services.AddOrganisation(configuration);
        services.AddMail(configuration);
        services.AddSurveys(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
