namespace Transformation.Platform.Mail;

/// <summary>Sends a batch through the configured provider. Safe to call again with the same batch key after a failure.</summary>
public interface IMailer
{
    Task<MailSendResult> SendAsync(MailBatch batch, CancellationToken cancellationToken);
}
