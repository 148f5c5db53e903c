using Transformation.Platform.Files;
using Transformation.Platform.Http;

namespace Transformation.Overtime.Designations;

/// <summary>
/// Reads a designation file: a header naming the division code, the date it takes effect and the designation (English or
/// Japanese names), other columns (the division's name, say) ignored. Every problem is reported with its line; the caller
/// writes nothing unless there is none.
/// </summary>
public static class DesignationCsv
{
    public const string DivisionColumn = "division_code";
    public const string FromColumn = "effective_from";
    public const string KindColumn = "designation";

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        [DivisionColumn] = DivisionColumn, ["課室コード"] = DivisionColumn,
        [FromColumn] = FromColumn, ["適用開始日"] = FromColumn,
        [KindColumn] = KindColumn, ["指定"] = KindColumn,
    };

    public static (IReadOnlyList<DesignationRow> Rows, IReadOnlyList<FieldError> Errors) Parse(
        string text, IReadOnlySet<string> divisions, (DateOnly First, DateOnly Last) dates, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(divisions);
        var errors = new List<FieldError>();
        var rows = new List<DesignationRow>();
        using var reader = CsvFiles.Open(text, line => errors.Add(FileErrors.BrokenQuotes(line)));
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = reader.Headers.ToList();
        for (var i = 0; i < names.Count; i++)
        {
            if (Headers.TryGetValue(names[i].Trim().TrimStart('\uFEFF'), out var column) && !positions.TryAdd(column, i))
            {
                errors.Add(DesignationTexts.DuplicateColumn(column));
            }
        }

        errors.AddRange(new[] { DivisionColumn, FromColumn, KindColumn }.Where(c => !positions.ContainsKey(c))
            .Select(DesignationTexts.MissingColumn));
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var seen = new Dictionary<(string, DateOnly), int>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            string Value(string column) => positions[column] < reader.FieldCount ? reader.GetString(positions[column]).Trim() : "";
            var (division, from, kind) = (Value(DivisionColumn), Value(FromColumn), Value(KindColumn));
            if (division.Length == 0 && from.Length == 0 && kind.Length == 0)
            {
                continue;
            }

            if (rows.Count + errors.Count >= maxRows)
            {
                return ([], [DesignationTexts.TooManyRows(maxRows, line)]);
            }

            var lineErrors = Check(line, (division, from, kind), divisions, dates);
            if (lineErrors.Count > 0)
            {
                errors.AddRange(lineErrors);
                continue;
            }

            var day = DesignationNames.ParseDate(from)!.Value;
            if (seen.TryGetValue((division, day), out var first))
            {
                errors.Add(DesignationTexts.RepeatedRow(line, first));
                continue;
            }

            seen[(division, day)] = line;
            rows.Add(new DesignationRow(line, division, day, DesignationNames.Parse(kind)!.Value));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(DesignationTexts.NoRows());
        }

        return (rows, errors);
    }

    private static List<FieldError> Check(
        int line, (string Division, string From, string Kind) row, IReadOnlySet<string> divisions, (DateOnly First, DateOnly Last) dates)
    {
        var (division, from, kind) = row;
        var errors = new List<FieldError>();
        if (division.Length == 0)
        {
            errors.Add(DesignationTexts.EmptyDivision(line));
        }
        else if (!divisions.Contains(division))
        {
            errors.Add(DesignationTexts.UnknownDivision(line, division));
        }

        if (DesignationNames.ParseDate(from) is not { } day || day < dates.First || day > dates.Last)
        {
            errors.Add(DesignationTexts.BadDate(line, from, dates.First, dates.Last));
        }

        if (DesignationNames.Parse(kind) is null)
        {
            errors.Add(DesignationTexts.BadKind(line, kind));
        }

        return errors;
    }
}
