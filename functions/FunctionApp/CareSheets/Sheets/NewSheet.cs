using Transformation.Organisation;

namespace Transformation.CareSheets.Sheets;

/// <summary>A first version about to be written: its owner as the roster snapshot had them, and who approves it.</summary>
public sealed record NewSheet(string Id, StaffMember Owner, string SnapshotId, CareSheetContent Content, string FirstApproverId);
