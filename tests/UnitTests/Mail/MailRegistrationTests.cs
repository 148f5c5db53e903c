using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Transformation.Platform.Mail;

namespace Transformation.Tests.Mail;

public sealed class MailRegistrationTests
{
    private static string? ProblemWith(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddMail(configuration).BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<MailOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException e)
        {
            return e.Message;
        }
    }

    [Fact]
    public void A_missing_provider_is_named()
    {
        Assert.Contains("Mail:Provider", ProblemWith(), StringComparison.Ordinal);
    }

    [Fact]
    public void SendGrid_without_a_key_or_sender_is_named()
    {
        var problem = ProblemWith(("Mail:Provider", "SendGrid"));

        Assert.Contains("Mail:SendGridApiKey", problem, StringComparison.Ordinal);
        Assert.Contains("Mail:FromAddress", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_settings_pass_and_the_sender_name_defaults_to_the_hr_division()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Provider"] = "SendGrid",
            ["Mail:SendGridApiKey"] = "SG.test",
            ["Mail:FromAddress"] = "jinji@example.go.jp",
        }).Build();
        using var services = new ServiceCollection().AddMail(configuration).BuildServiceProvider();

        Assert.Equal("人事課", services.GetRequiredService<IOptions<MailOptions>>().Value.FromName);
        Assert.Null(ProblemWith(("Mail:Provider", "Outbox")));
    }
}
