namespace Transformation.Platform.Mail;

/// <summary>A chunk of a batch could not be delivered to the provider. Chunks sent before it are recorded and will not be sent again.</summary>
public sealed class MailSendException : Exception
{
    public MailSendException()
    {
    }

    public MailSendException(string message)
        : base(message)
    {
    }

    public MailSendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
