using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Transformation.Platform.Mail;

/// <summary>
/// Sends through SendGrid v3 with the official client: one request per chunk of up to 1,000 recipients,
/// retried on 429 (waiting until X-RateLimit-Reset) and 5xx (doubling waits), each accepted chunk recorded in
/// <see cref="MailLog"/> so a retried activity skips it.
/// Each chunk is claimed first (<see cref="MailClaims"/>), so two runs of the same activity at once send it once.
/// What remains: SendGrid has no idempotency key, so a crash (or a lost answer) between SendGrid accepting a
/// chunk and the record being written sends that one chunk again once its claim lapses. custom_args carry the
/// batch's digest and chunk, so such duplicates can be found in SendGrid's activity feed.
/// </summary>
public sealed class SendGridMailer(
    IOptions<MailOptions> options,
    IHttpClientFactory httpClients,
    MailLog mailLog,
    MailClaims claims,
    TimeProvider time,
    ILogger<SendGridMailer> log) : IMailer
{
    public const string HttpClientName = "SendGrid";

    public async Task<MailSendResult> SendAsync(MailBatch batch, CancellationToken cancellationToken)
    {
        var template = BatchTemplate.Of(batch);
        MailBatchRules.Validate(batch, template);
        SendGridMessages.CheckSubstitutionSizes(batch, template);
        var plan = await mailLog.PlanAsync(batch, cancellationToken);
        var settings = options.Value;
        var from = new EmailAddress(settings.FromAddress, settings.FromName);
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

            var message = SendGridMessages.Build(batch, template, chunk, index, from);
            string? providerId;
            try
            {
                providerId = await SendWithRetriesAsync(message, batch.Key, index, cancellationToken);
            }
            catch (MailSendException)
            {
                await claims.ReleaseAsync(batch.Key, index, claim.Owner, CancellationToken.None);
                throw;
            }

            var fingerprint = MailChunks.Fingerprint(chunk);
            await MailLog.PersistAsync(() => mailLog.RecordAsync(batch.Key, index, chunk.Count, fingerprint, "SendGrid", providerId,
                CancellationToken.None));
            sent++;
            if (log.IsEnabled(LogLevel.Information))
            {
                log.LogInformation("SendGrid accepted chunk {Chunk} of mail batch {BatchKey} ({Count} recipients)", index, batch.OpaqueKey(),
                    chunk.Count);
            }
        }

        return new MailSendResult(batch.Key, batch.Recipients.Count, plan.Chunks.Count, sent, plan.Chunks.Count - sent);
    }

    /// <summary>Returns SendGrid's X-Message-Id of the accepted request.</summary>
    private async Task<string?> SendWithRetriesAsync(SendGridMessage message, string batchKey, int chunk, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = CreateClient(settings);
        for (var attempt = 1; ; attempt++)
        {
            var last = attempt >= settings.MaxAttempts;
            Response response;
            try
            {
                response = await client.SendEmailAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // No answer (connection refused, reset, timeout). Retrying may duplicate if SendGrid did accept it; see the class comment.
                if (last)
                {
                    throw new MailSendException(
                        $"SendGrid could not be reached for chunk {chunk} of mail batch '{batchKey}' after {attempt} attempts.", e);
                }

                await WaitAsync(RetryDelays.Backoff(attempt, settings.RetryBaseDelay, settings.MaxRetryWait), "no answer", batchKey, chunk,
                    cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                return response.Headers?.TryGetValues("X-Message-Id", out var ids) == true ? ids.FirstOrDefault() : null;
            }

            var body = response.Body is null ? "" : await response.Body.ReadAsStringAsync(cancellationToken);
            if (!RetryDelays.IsTransient(response.StatusCode))
            {
                throw new MailSendException($"SendGrid refused chunk {chunk} of mail batch '{batchKey}' "
                    + $"with {(int)response.StatusCode} {response.StatusCode}: {Shorten(body)}");
            }

            if (last)
            {
                throw new MailSendException($"SendGrid did not accept chunk {chunk} of mail batch '{batchKey}' after {attempt} attempts; "
                    + $"last answer {(int)response.StatusCode} {response.StatusCode}: {Shorten(body)}");
            }

            var wait = response.StatusCode == HttpStatusCode.TooManyRequests
                ? RetryDelays.ForRateLimit(response.Headers, time.GetUtcNow(), settings.MaxRetryWait) ?? RetryDelays.Backoff(attempt,
                    settings.RetryBaseDelay, settings.MaxRetryWait)
                : RetryDelays.Backoff(attempt, settings.RetryBaseDelay, settings.MaxRetryWait);
            await WaitAsync(wait, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), batchKey, chunk, cancellationToken);
        }
    }

    private async Task WaitAsync(TimeSpan wait, string reason, string batchKey, int chunk, CancellationToken cancellationToken)
    {
        log.LogWarning("SendGrid answered {Reason} for chunk {Chunk} of mail batch {BatchKey}; trying again in {Wait}", reason, chunk,
            MailBatch.Opaque(batchKey), wait);
        await Task.Delay(wait, time, cancellationToken);
    }

    private SendGridClient CreateClient(MailOptions settings)
    {
        var clientOptions = new SendGridClientOptions { ApiKey = settings.SendGridApiKey };
        if (settings.SendGridHost is not null)
        {
            clientOptions.Host = settings.SendGridHost.ToString().TrimEnd('/');
        }

        return new SendGridClient(httpClients.CreateClient(HttpClientName), clientOptions);
    }

    private static string Shorten(string body) => body.Length <= 500 ? body : body[..500] + "…";
}
