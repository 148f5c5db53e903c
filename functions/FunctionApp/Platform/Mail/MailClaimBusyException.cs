namespace Transformation.Platform.Mail;

/// <summary>
/// Another run (a twice-delivered activity) holds the claim on a chunk and may be sending it now. Thrown so the
/// activity fails and its retry policy comes back later, when the chunk is either sent or its claim has lapsed.
/// </summary>
public sealed class MailClaimBusyException : Exception
{
    public MailClaimBusyException()
    {
    }

    public MailClaimBusyException(string message)
        : base(message)
    {
    }

    public MailClaimBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
