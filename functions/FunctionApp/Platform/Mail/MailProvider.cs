namespace Transformation.Platform.Mail;

/// <summary>Where mail goes: the local outbox a developer can read, or SendGrid.</summary>
public enum MailProvider
{
    Outbox,
    SendGrid,
}
