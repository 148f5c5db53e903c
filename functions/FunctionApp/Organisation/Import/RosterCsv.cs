using CsvHelper;
using Transformation.Platform.Files;
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
        using var reader = CsvFiles.Open(text, line => errors.Add(FileErrors.BrokenQuotes(line)));
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
            if (IsBlank(reader))
            {
                // Spreadsheets export formatted but empty rows as ",,,,": they are not people.
                continue;
            }

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

    private static bool IsBlank(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(reader.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }
}
