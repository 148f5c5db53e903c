using Transformation.Platform.Storage;

namespace Transformation.Surveys.Sealing;

/// <summary>Partition keys of sealed and released answers: "{cycle}|{division}", so one cycle is one key range.</summary>
public static class AnswerPartitions
{
    public static string Of(string cycleId, string divisionCode) => cycleId + "|" + TableKeys.Encode(divisionCode);

    /// <summary>The filter of every partition of a cycle ('}' is the character after '|', and cycle ids have neither).</summary>
    public static string CycleFilter(string cycleId) =>
        $"PartitionKey ge {TableKeys.Quote(cycleId + "|")} and PartitionKey lt {TableKeys.Quote(cycleId + "}")}";

    public static string CycleOf(string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        return partitionKey[..partitionKey.IndexOf('|', StringComparison.Ordinal)];
    }
}
