namespace Transformation.Platform.Mail;

/// <summary>The "Mail" settings. Checked at start-up by <see cref="MailRegistration"/>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Outbox locally, SendGrid in Azure. Required, so a deployment never falls back to the outbox by accident.</summary>
    public MailProvider? Provider { get; set; }

    /// <summary>Required for SendGrid. In Azure the app setting is a Key Vault reference, never the key itself.</summary>
    public string? SendGridApiKey { get; set; }

    /// <summary>Another base address for the SendGrid API (tests point the real client at a local recorder).</summary>
    public Uri? SendGridHost { get; set; }

    /// <summary>The sender; SendGrid accepts only a verified sender.</summary>
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "人事課";

    /// <summary>Tries per request before a chunk is given up (429 and 5xx are retried).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First wait after a 5xx; doubled on each further try.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest single wait, whatever X-RateLimit-Reset asks for.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a run's claim on a chunk keeps others from sending it. Longer than any send with its retries
    /// (<see cref="MaxAttempts"/> waits of at most <see cref="MaxRetryWait"/>), so only a crashed run's claim lapses.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);
}
