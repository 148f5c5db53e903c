using Transformation.Platform.Http;

namespace Transformation.Organisation.Import;

/// <summary>Where each known column is in the file. Columns may come in any order; unknown columns are ignored.</summary>
public sealed record RosterHeader(IReadOnlyList<int> Positions, int FieldCount)
{
    public const int Absent = -1;

    public static (RosterHeader Header, IReadOnlyList<FieldError> Errors) Map(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var positions = Enumerable.Repeat(Absent, RosterColumns.All.Count).ToArray();
        var errors = new List<FieldError>();
        for (var i = 0; i < names.Count; i++)
        {
            var spec = Find(names[i]);
            if (spec is null)
            {
                continue;
            }

            if (positions[(int)spec.Column] != Absent)
            {
                errors.Add(RosterErrors.DuplicateColumn(spec));
                continue;
            }

            positions[(int)spec.Column] = i;
        }

        errors.AddRange(RosterColumns.All
            .Where(spec => spec.ColumnRequired && positions[(int)spec.Column] == Absent)
            .Select(RosterErrors.MissingColumn));
        return (new RosterHeader(positions, names.Count), errors);
    }

    public bool Has(RosterColumn column) => Positions[(int)column] != Absent;

    private static RosterColumnSpec? Find(string name)
    {
        // Exports from spreadsheet tools carry stray spaces (also the full-width one) and, rarely, a byte order mark.
        var key = name.Trim().Trim('\uFEFF', '\u3000', ' ');
        return RosterColumns.All.FirstOrDefault(spec =>
            string.Equals(spec.English, key, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(spec.Japanese, key, StringComparison.Ordinal));
    }
}
