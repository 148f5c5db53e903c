using System.ComponentModel;
using Microsoft.Azure.Functions.Worker;

namespace Transformation.Platform.Mail;

/// <summary>
/// The activity orchestrations send mail with. At most 1,000 recipients per call (cut larger sends with
/// <see cref="MailChunks.ForActivities"/> and fan out): activity inputs travel through the durable store,
/// and one call should finish well inside the activity timeout even while SendGrid rate-limits.
/// A retried call (same batch key) sends only what was not sent before.
/// </summary>
public sealed class SendMailActivity(IMailer mailer)
{
    [Function(nameof(SendMail))]
    [Description("Sends one mail batch (at most 1,000 recipients) through the configured provider; a retry sends only what was not sent.")]
    public async Task<MailSendResult> SendMail([ActivityTrigger] MailBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Recipients is { Count: > MailBatch.MaxRecipientsPerActivity })
        {
            throw new ArgumentException(
                $"Mail batch '{batch.Key}' has {batch.Recipients.Count} recipients; "
                    + $"one SendMail call takes at most {MailBatch.MaxRecipientsPerActivity}. Split it with MailChunks.ForActivities.",
                nameof(batch));
        }

        return await mailer.SendAsync(batch, CancellationToken.None);
    }
}
