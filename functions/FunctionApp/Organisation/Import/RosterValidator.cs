using System.Net.Mail;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.Organisation.Import;

/// <summary>
/// Checks every row of a roster file and reports every problem with its line, so HR can fix the export
/// in one go instead of one error per upload.
/// </summary>
public static class RosterValidator
{
    // Ids and codes appear in addresses (/api/organisation/staff/{staffId}, /team-up/2027/entries/{divisionCode}):
    // one that no address can carry would make its person or division unreachable.
    private static readonly RosterColumn[] IdColumns =
        [RosterColumn.StaffId, RosterColumn.SupervisorId, RosterColumn.BureauCode, RosterColumn.DivisionCode];

    public static RosterValidation Validate(IReadOnlyList<RosterRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var errors = new List<FieldError>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var emailLineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var divisions = new Dictionary<string, RosterRecord>(StringComparer.Ordinal);
        var bureaus = new Dictionary<string, RosterRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            CheckFields(record, errors);
            var id = record[RosterColumn.StaffId];
            if (id.Length > 0 && !firstLineOf.TryAdd(id, record.Line))
            {
                errors.Add(RosterErrors.DuplicateStaffId(id, record.Line, firstLineOf[id]));
            }

            // Mail providers refuse one request that names an address twice, and sign-in matches by address.
            var email = record[RosterColumn.Email];
            if (email.Length > 0 && !emailLineOf.TryAdd(email, record.Line))
            {
                errors.Add(RosterErrors.DuplicateEmail(email, record.Line, emailLineOf[email]));
            }

            CheckDivision(record, divisions, errors);
            CheckBureau(record, bureaus, errors);
        }

        CheckSupervisors(records, firstLineOf, errors);
        var ordered = errors.OrderBy(e => e.Line ?? 0).ToList();
        var staff = ordered.Count == 0 ? records.Select(ToStaff).ToList() : [];
        return new RosterValidation(staff, ordered);
    }

    private static void CheckFields(RosterRecord record, List<FieldError> errors)
    {
        foreach (var spec in RosterColumns.All.Where(s => s.ValueRequired && record[s.Column].Length == 0))
        {
            errors.Add(RosterErrors.Empty(spec, record.Line));
        }

        var email = record[RosterColumn.Email];
        if (email.Length > 0 && !IsEmail(email))
        {
            errors.Add(RosterErrors.BadEmail(email, record.Line));
        }

        var name = record[RosterColumn.Name];
        if (name.Any(c => c is ',' or ';' || char.IsControl(c)))
        {
            errors.Add(RosterErrors.BadName(name, record.Line));
        }

        foreach (var column in IdColumns.Where(c => record[c].Length > 0 && !RouteIds.IsPlausible(record[c])))
        {
            errors.Add(RosterErrors.BadId(RosterColumns.Of(column), record[column], record.Line));
        }

        var language = record[RosterColumn.Language];
        if (language.Length > 0 && !IsLanguage(language))
        {
            errors.Add(RosterErrors.BadLanguage(language, record.Line));
        }
    }

    // One name per division code and one bureau per division: otherwise look-ups by code would depend on row order.
    private static void CheckDivision(RosterRecord record, Dictionary<string, RosterRecord> divisions, List<FieldError> errors)
    {
        var code = record[RosterColumn.DivisionCode];
        if (code.Length == 0 || divisions.TryAdd(code, record))
        {
            return;
        }

        var first = divisions[code];
        if (record[RosterColumn.DivisionName].Length > 0 && record[RosterColumn.DivisionName] != first[RosterColumn.DivisionName])
        {
            errors.Add(RosterErrors.DivisionRenamed(code, record[RosterColumn.DivisionName], first[RosterColumn.DivisionName], record.Line,
                first.Line));
        }

        if (record[RosterColumn.BureauCode].Length > 0 && record[RosterColumn.BureauCode] != first[RosterColumn.BureauCode])
        {
            errors.Add(RosterErrors.DivisionInTwoBureaus(code, record[RosterColumn.BureauCode], first[RosterColumn.BureauCode], record.Line,
                first.Line));
        }
    }

    private static void CheckBureau(RosterRecord record, Dictionary<string, RosterRecord> bureaus, List<FieldError> errors)
    {
        var code = record[RosterColumn.BureauCode];
        if (code.Length == 0 || bureaus.TryAdd(code, record))
        {
            return;
        }

        var first = bureaus[code];
        if (record[RosterColumn.BureauName].Length > 0 && record[RosterColumn.BureauName] != first[RosterColumn.BureauName])
        {
            errors.Add(RosterErrors.BureauRenamed(code, record[RosterColumn.BureauName], first[RosterColumn.BureauName], record.Line, first.Line));
        }
    }

    private static void CheckSupervisors(IReadOnlyList<RosterRecord> records, Dictionary<string, int> firstLineOf, List<FieldError> errors)
    {
        var supervisorOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var id = record[RosterColumn.StaffId];
            var supervisor = record[RosterColumn.SupervisorId];
            if (supervisor.Length == 0)
            {
                continue;
            }

            if (supervisor == id)
            {
                errors.Add(RosterErrors.OwnSupervisor(id, record.Line));
            }
            else if (!firstLineOf.ContainsKey(supervisor))
            {
                errors.Add(RosterErrors.UnknownSupervisor(supervisor, record.Line));
            }
            else if (id.Length > 0 && firstLineOf[id] == record.Line)
            {
                // A duplicate id is reported already; its first row alone stands for the person here.
                supervisorOf[id] = supervisor;
            }
        }

        var people = records.Select(r => r[RosterColumn.StaffId]).Where(id => id.Length > 0).ToList();
        foreach (var cycle in SupervisorCycles.Find(people, supervisorOf))
        {
            errors.Add(RosterErrors.SupervisorCycle(cycle, firstLineOf[cycle[0]]));
        }
    }

    private static bool IsEmail(string value) =>
        !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal);

    private static bool IsLanguage(string value) =>
        value.Equals("ja", StringComparison.OrdinalIgnoreCase) || value.Equals("en", StringComparison.OrdinalIgnoreCase);

    private static StaffMember ToStaff(RosterRecord r) => new(
        r[RosterColumn.StaffId],
        r[RosterColumn.Name],
        r[RosterColumn.Email],
        r[RosterColumn.BureauCode],
        r[RosterColumn.BureauName],
        r[RosterColumn.DivisionCode],
        r[RosterColumn.DivisionName],
        r[RosterColumn.Grade],
        r[RosterColumn.SupervisorId].Length == 0 ? null : r[RosterColumn.SupervisorId],
        Languages.Parse(r[RosterColumn.Language]));
}
