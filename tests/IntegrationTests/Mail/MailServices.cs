using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Transformation.Platform.Mail;
using Transformation.Platform.Storage;
using Transformation.Tests.Support;

namespace Transformation.Tests.Mail;

/// <summary>The mail part as the app registers it, on fresh Azurite tables, with the given settings.</summary>
internal static class MailServices
{
    public const string ApiKey = "SG.test-key";
    public const string FromAddress = "jinji@example.go.jp";

    public static ServiceProvider Outbox(Tables? tables = null) => Build(tables ?? Azurite.NewTables(), new() { ["Mail:Provider"] = "Outbox" });

    /// <summary>The real SendGrid client against <paramref name="server"/>, with short retry waits.</summary>
    public static ServiceProvider SendGrid(RecordingHttpServer server, int maxAttempts = 3) => Build(Azurite.NewTables(), new()
    {
        ["Mail:Provider"] = "SendGrid",
        ["Mail:SendGridApiKey"] = ApiKey,
        ["Mail:FromAddress"] = FromAddress,
        ["Mail:SendGridHost"] = server.BaseAddress.ToString(),
        ["Mail:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:RetryBaseDelay"] = "00:00:00.050",
        ["Mail:MaxRetryWait"] = "00:00:05",
    });

    public static IServiceCollection AddMailForTests(this IServiceCollection services, Tables tables, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return services
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(tables)
            .AddMail(configuration);
    }

    private static ServiceProvider Build(Tables tables, Dictionary<string, string?> settings) =>
        new ServiceCollection().AddMailForTests(tables, settings).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

    public static CancellationToken Timeout(int seconds = 60) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
