namespace Transformation.TeamUp.Workflow;

/// <summary>One chunk of the season's roster snapshot to mail an all-staff message to (publication or awards).</summary>
public sealed record StaffMailChunk(string SeasonId, string SnapshotId, int Chunk, int ChunkSize, string Kind)
{
    public const string Published = "published";

    public const string Awarded = "awarded";
}
