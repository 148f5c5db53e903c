using CsvHelper;

namespace Transformation.Platform.Files;

/// <summary>
/// The one way an imported CSV is read: comma-separated (never guessed: a file of one column would be split on something
/// else), a header row, quoted line breaks allowed, blank lines skipped, fields trimmed, line numbers kept for messages.
/// </summary>
public static class CsvFiles
{
    /// <summary>A reader over <paramref name="text"/>; <paramref name="malformedLine"/> hears of each line with unbalanced quotes.</summary>
    public static CsvReader Open(string text, Action<int> malformedLine)
    {
        ArgumentNullException.ThrowIfNull(malformedLine);
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            TrimWhitespace = true,
            OnMalformedRecord = bad => malformedLine((int)bad.LineNumber),
        };
        return CsvReader.FromText(text, options);
    }
}
