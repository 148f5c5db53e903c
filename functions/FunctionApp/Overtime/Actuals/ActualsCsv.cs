using System.Globalization;
using Transformation.Overtime.Designations;
using Transformation.Overtime.Requests;
using Transformation.Platform.Files;
using Transformation.Platform.Http;

namespace Transformation.Overtime.Actuals;

/// <summary>
/// Reads the attendance system's (電子出勤簿) file of overtime actuals: a header naming the staff id, the date and the hours
/// (English or Japanese names), other columns (the name, say) ignored. Hours are decimal ("2.5") or hours and minutes
/// ("2:30"). Every problem is reported with its line; the caller writes nothing unless there is none.
/// </summary>
public static class ActualsCsv
{
    public const string StaffColumn = "staff_id";
    public const string DateColumn = "date";
    public const string HoursColumn = "actual_hours";

    /// <summary>More than a day's worth is a mistake in the export, as it is for the employee's own entry.</summary>
    public const int MaxMinutes = OvertimeRequests.MaxActualMinutes;

    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        [StaffColumn] = StaffColumn, ["職員番号"] = StaffColumn,
        [DateColumn] = DateColumn, ["日付"] = DateColumn, ["勤務日"] = DateColumn,
        [HoursColumn] = HoursColumn, ["超過勤務時間"] = HoursColumn,
    };

    public static (IReadOnlyList<ActualRow> Rows, IReadOnlyList<FieldError> Errors) Parse(
        string text, IReadOnlySet<string> staff, (DateOnly First, DateOnly Last) dates, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(staff);
        var errors = new List<FieldError>();
        var rows = new List<ActualRow>();
        using var reader = CsvFiles.Open(text, line => errors.Add(FileErrors.BrokenQuotes(line)));
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = reader.Headers.ToList();
        for (var i = 0; i < names.Count; i++)
        {
            if (Headers.TryGetValue(names[i].Trim().TrimStart('\uFEFF'), out var column) && !positions.TryAdd(column, i))
            {
                errors.Add(ActualsTexts.DuplicateColumn(column));
            }
        }

        errors.AddRange(new[] { StaffColumn, DateColumn, HoursColumn }.Where(c => !positions.ContainsKey(c)).Select(ActualsTexts.MissingColumn));
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var seen = new Dictionary<(string, DateOnly), int>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            string Value(string column) => positions[column] < reader.FieldCount ? reader.GetString(positions[column]).Trim() : "";
            var (staffId, date, hours) = (Value(StaffColumn), Value(DateColumn), Value(HoursColumn));
            if (staffId.Length == 0 && date.Length == 0 && hours.Length == 0)
            {
                continue;
            }

            if (rows.Count + errors.Count >= maxRows)
            {
                return ([], [ActualsTexts.TooManyRows(maxRows, line)]);
            }

            var lineErrors = new List<FieldError>();
            if (staffId.Length == 0)
            {
                lineErrors.Add(ActualsTexts.EmptyStaff(line));
            }
            else if (!staff.Contains(staffId))
            {
                lineErrors.Add(ActualsTexts.UnknownStaff(line, staffId));
            }

            var day = DesignationNames.ParseDate(date);
            if (day is not { } d || d < dates.First || d > dates.Last)
            {
                lineErrors.Add(ActualsTexts.BadDate(line, date, dates.First, dates.Last));
            }

            var minutes = Minutes(hours);
            if (minutes is null)
            {
                lineErrors.Add(ActualsTexts.BadHours(line, hours, MaxMinutes / 60));
            }

            if (lineErrors.Count > 0)
            {
                errors.AddRange(lineErrors);
                continue;
            }

            if (seen.TryGetValue((staffId, day!.Value), out var first))
            {
                errors.Add(ActualsTexts.RepeatedRow(line, first));
                continue;
            }

            seen[(staffId, day.Value)] = line;
            rows.Add(new ActualRow(line, staffId, day.Value, minutes!.Value));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(ActualsTexts.NoRows());
        }

        return (rows, errors);
    }

    /// <summary>
    /// Whole minutes of "2.5" (decimal hours, rounded to the nearest minute) or "2:30" (hours and minutes), from 0 to
    /// <see cref="MaxMinutes"/>; null for anything else.
    /// </summary>
    public static int? Minutes(string? value)
    {
        var text = value?.Trim() ?? "";
        int minutes;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            if (!int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
                || text.Length - colon - 1 != 2
                || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m >= 60 || h > MaxMinutes / 60)
            {
                return null;
            }

            minutes = h * 60 + m;
        }
        else if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) && hours <= MaxMinutes / 60)
        {
            minutes = (int)Math.Round(hours * 60m, MidpointRounding.AwayFromZero);
        }
        else
        {
            return null;
        }

        return minutes <= MaxMinutes ? minutes : null;
    }
}
