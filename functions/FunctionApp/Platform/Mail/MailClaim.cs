namespace Transformation.Platform.Mail;

/// <summary>What a claim on a chunk found: the chunk is this run's to send, already sent, or being sent by another run.</summary>
public enum MailClaimState
{
    Mine,
    Sent,
    Busy,
}

/// <summary>The result of <see cref="MailClaims.ClaimAsync"/>; <see cref="Recipients"/> is known only for a sent chunk.</summary>
public sealed record MailClaim(MailClaimState State, string Owner, int Recipients = 0);
