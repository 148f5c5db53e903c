namespace Transformation.Organisation.Import;

/// <summary>The known columns, in the order the export lists them.</summary>
public static class RosterColumns
{
    public static readonly IReadOnlyList<RosterColumnSpec> All =
    [
        new(RosterColumn.StaffId, "staff_id", "職員番号", true, true),
        new(RosterColumn.Name, "name", "氏名", true, true),
        new(RosterColumn.Email, "email", "メールアドレス", true, true),
        new(RosterColumn.BureauCode, "bureau_code", "局コード", true, true),
        new(RosterColumn.BureauName, "bureau_name", "局名", true, true),
        new(RosterColumn.DivisionCode, "division_code", "課室コード", true, true),
        new(RosterColumn.DivisionName, "division_name", "課室名", true, true),
        new(RosterColumn.Grade, "grade", "役職", true, true),

        // Empty for the person at the top, so the value is optional; the column is not.
        new(RosterColumn.SupervisorId, "supervisor_id", "上司職員番号", true, false),

        // Older exports have no language column: everyone is then Japanese.
        new(RosterColumn.Language, "language", "言語", false, false),
    ];

    public static RosterColumnSpec Of(RosterColumn column) => All[(int)column];
}
