
namespace Transformation.CareSheets.Sheets;

/// <summary>A sheet as the API shows it; <see cref="Content"/> only where the caller reads the one sheet (and that read is audited).</summary>
public sealed record CareSheetView(
    string Id,
    int Version,
    string Kind,
    string State,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string OwnerId,
    string OwnerName,
    string BureauCode,
    string DivisionCode,
    string SnapshotId,
    IReadOnlyList<string> Approvers,
    string? DecidedBy,
    string? DecidedByName,
    string? Decision,
    string? DecisionComment,
    DateTimeOffset? DecidedAt,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    CareSheetContent? Content)
{
    public static CareSheetView Of(CareSheet sheet, CareSheetContent? content = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new(sheet.Id, sheet.Version, Lower(sheet.Kind.ToString()), Lower(sheet.State.ToString()), sheet.PeriodFrom, sheet.PeriodTo,
            sheet.OwnerId, sheet.OwnerName, sheet.BureauCode, sheet.DivisionCode, sheet.SnapshotId, sheet.Approvers,
            sheet.DecidedBy, sheet.DecidedByName, sheet.Decision is { } d ? CareSheetLabels.Code(d) : null, sheet.DecisionComment,
            sheet.DecidedAt, sheet.SubmittedAt, sheet.UpdatedAt, content);
    }

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
