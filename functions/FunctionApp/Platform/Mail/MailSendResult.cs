namespace Transformation.Platform.Mail;

/// <summary>What one send did: chunks (of up to 1,000 recipients) sent now and chunks an earlier try had already sent.</summary>
public sealed record MailSendResult(string Key, int Recipients, int Chunks, int ChunksSent, int ChunksAlreadySent);
