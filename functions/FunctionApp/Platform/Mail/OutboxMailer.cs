using Microsoft.Extensions.Logging;

namespace Transformation.Platform.Mail;

/// <summary>
/// The local provider: renders each recipient's message and keeps it in <see cref="MailOutbox"/>, where a developer
/// (or a browser test) opens it and follows its links. Chunks are recorded in <see cref="MailLog"/> as SendGrid's are,
/// and rewriting a chunk replaces its messages, so a retried batch never shows twice.
/// </summary>
public sealed class OutboxMailer(MailOutbox outbox, MailLog mailLog, MailClaims claims, TimeProvider time, ILogger<OutboxMailer> log) : IMailer
{
    public async Task<MailSendResult> SendAsync(MailBatch batch, CancellationToken cancellationToken)
    {
        var template = BatchTemplate.Of(batch);
        MailBatchRules.Validate(batch, template);
        var plan = await mailLog.PlanAsync(batch, cancellationToken);
        var sent = 0;
        foreach (var index in plan.Pending)
        {
            var chunk = plan.Chunks[index];
            var claim = await claims.ClaimAsync(batch.Key, index, batch.ClaimOwner, cancellationToken);
            if (claim.State == MailClaimState.Busy)
            {
                throw MailClaims.Busy(batch.Key, index);
            }

            if (claim.State == MailClaimState.Sent)
            {
                continue;
            }

            var sentAt = time.GetUtcNow();
            var first = index * MailChunks.Size;
            var entities = chunk.Select((r, i) => MailOutbox.ToEntity(template.Render(r), batch.Key, first + i, sentAt)).ToList();
            await outbox.SaveAsync(entities, cancellationToken);
            await mailLog.RecordAsync(batch.Key, index, chunk.Count, MailChunks.Fingerprint(chunk), "Outbox", null, cancellationToken);
            sent++;
        }

        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Outbox kept mail batch {BatchKey}: {Count} recipients, {Skipped} chunks already kept", batch.OpaqueKey(),
                batch.Recipients.Count, plan.Chunks.Count - sent);
        }

        return new MailSendResult(batch.Key, batch.Recipients.Count, plan.Chunks.Count, sent, plan.Chunks.Count - sent);
    }
}
