using Transformation.Platform.Localization;

namespace Transformation.TeamUp.Workflow;

/// <summary>
/// One chunk of the season's roster snapshot to mail an all-staff message to (publication or awards), with what the
/// message says, decided once by the step before: how many entries were submitted, or the award list.
/// </summary>
public sealed record StaffMailChunk(string SeasonId, string SnapshotId, int Chunk, int ChunkSize, string Kind, int Submitted, Text? Winners)
{
    public const string Published = "published";

    public const string Awarded = "awarded";
}
