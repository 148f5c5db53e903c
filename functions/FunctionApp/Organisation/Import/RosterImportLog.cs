using Microsoft.Extensions.Logging;

namespace Transformation.Organisation.Import;

/// <summary>The import's log lines, generated so numbers are not boxed when the level is off.</summary>
internal static partial class RosterImportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Roster import refused: {ErrorCount} errors")]
    public static partial void Refused(this ILogger log, int errorCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster import {SnapshotId} lost the race for the current roster and was discarded")]
    public static partial void LostRace(this ILogger log, string snapshotId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roster snapshot {SnapshotId} written: {StaffCount} staff ({Encoding}) in {ElapsedMs} ms")]
    public static partial void Written(this ILogger log, string snapshotId, int staffCount, string encoding, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Roster {SnapshotId} is now current: {StaffCount} staff; {Joined} joined, {Left} left, {Moved} moved")]
    public static partial void Imported(this ILogger log, string snapshotId, int staffCount, int joined, int left, int moved);
}
