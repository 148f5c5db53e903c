namespace Transformation.Platform.Mail;

/// <summary>A batch cut into chunks, and the indexes of the chunks not yet sent.</summary>
public sealed record ChunkPlan(IReadOnlyList<IReadOnlyList<MailRecipient>> Chunks, IReadOnlyList<int> Pending)
{
    public int AlreadySent => Chunks.Count - Pending.Count;
}
