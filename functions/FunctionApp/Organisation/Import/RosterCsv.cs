using CsvHelper;
using Transformation.Platform.Http;

namespace Transformation.Organisation.Import;

/// <summary>Reads the rows of a roster CSV. Quoting, embedded commas and line breaks are the CSV library's job.</summary>
public static class RosterCsv
{
    public static ParsedRoster Parse(string text, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<FieldError>();
        var records = new List<RosterRecord>();
        var options = new CsvReaderOptions
        {
            // Never guess the separator: a file with one column would be split on something else.
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            TrimWhitespace = true,
            OnMalformedRecord = bad => errors.Add(RosterErrors.BrokenQuotes((int)bad.LineNumber)),
        };
        using var reader = CsvReader.FromText(text, options);
        var names = reader.Headers.ToList();
        if (names.Count == 0)
        {
            return new ParsedRoster(records, [RosterErrors.EmptyFile()]);
        }

        var (header, headerErrors) = RosterHeader.Map(names);
        if (headerErrors.Count > 0)
        {
            // Without the columns no row can be read sensibly; report the header alone.
            return new ParsedRoster(records, headerErrors);
        }

        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (records.Count == maxRows)
            {
                return new ParsedRoster([], [RosterErrors.TooManyRows(maxRows, line)]);
            }

            if (reader.FieldCount != header.FieldCount)
            {
                errors.Add(RosterErrors.FieldCount(line, reader.FieldCount, header.FieldCount));
            }

            var values = new string[RosterColumns.All.Count];
            for (var c = 0; c < values.Length; c++)
            {
                var position = header.Positions[c];
                values[c] = position == RosterHeader.Absent ? "" : reader.GetString(position).Trim();
            }

            records.Add(new RosterRecord(line, values));
        }

        if (records.Count == 0 && errors.Count == 0)
        {
            errors.Add(RosterErrors.NoRows());
        }

        return new ParsedRoster(records, errors);
    }
}
