namespace Transformation.Surveys.Sealing;

/// <summary>What a sealed draft is bound to: the invitation partition and the person's participation row.</summary>
public sealed record LinkContext(string PartitionKey, string StaffRow)
{
    public string Context => "draft/" + PartitionKey + "/" + StaffRow;
}
