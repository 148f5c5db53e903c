using System.Diagnostics;
using Transformation.Tests.Support;
using Transformation.Tests.Support.Mail;

namespace Transformation.Tests.Mail;

/// <summary>The local host with mail through a recording SendGrid and retries of seconds, and what the tests read from it.</summary>
internal static class FaultSettings
{
    public static Dictionary<string, string> SendGrid(RecordingHttpServer server, Dictionary<string, string> more)
    {
        var settings = new Dictionary<string, string>
        {
            ["Mail__Provider"] = "SendGrid",
            ["Mail__SendGridApiKey"] = "SG.test-key",
            ["Mail__FromAddress"] = "jinji@example.go.jp",
            ["Mail__SendGridHost"] = server.BaseAddress.ToString(),
            // An activity gives up after two quick tries; the orchestration's policy tries it again for minutes.
            ["Mail__MaxAttempts"] = "2",
            ["Mail__RetryBaseDelay"] = "00:00:01",
            ["Mail__MaxRetryWait"] = "00:00:03",
            ["Mail__ClaimLease"] = "00:00:30",
            ["ActivityRetry__MaxAttempts"] = "60",
            ["ActivityRetry__FirstInterval"] = "00:00:01",
            ["ActivityRetry__MaxInterval"] = "00:00:04",
            ["ActivityRetry__Timeout"] = "00:05:00",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Each delivered message that carries a survey link: to whom, and the token.</summary>
    public static IReadOnlyList<(string Email, string Token)> Invitations(ProviderOutage outage) =>
        [.. outage.Delivered().SelectMany(d => ProviderOutage.SurveyTokens(d.Message).Select(t => (d.Email, t)))];

    /// <summary>Waits until <paramref name="people"/> different people have an invitation, then a little longer for any duplicate.</summary>
    public static async Task<IReadOnlyList<(string Email, string Token)>> WaitForInvitationsAsync(
        ProviderOutage outage, int people, LocalHostProcess host)
    {
        await WaitForAsync(outage, _ => Invitations(outage).Select(i => i.Email).Distinct().Count() >= people, host,
            () => $"Only {Invitations(outage).Count} invitations were delivered.");
        await Task.Delay(TimeSpan.FromSeconds(3));
        return Invitations(outage);
    }

    /// <summary>
    /// Polls what was delivered until <paramref name="done"/> holds: for up to three minutes after the outage ends (or after
    /// the call, when that is later), generous for a loaded machine and still bounded.
    /// </summary>
    public static async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(
        ProviderOutage outage, Func<IReadOnlyList<ReceivedMail>, bool> done, LocalHostProcess host, Func<string> what)
    {
        var started = DateTimeOffset.UtcNow;
        while (true)
        {
            var received = outage.Received();
            if (done(received))
            {
                return received;
            }

            var ends = outage.EndsAt is { } end && end > started ? end : started;
            if (DateTimeOffset.UtcNow > ends + TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException($"{what()}{Environment.NewLine}{host.Output}");
            }

            await Task.Delay(500);
        }
    }
}
