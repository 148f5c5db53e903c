
namespace Transformation.CareSheets.Sheets;

/// <summary>A sheet's head as the rest of the code sees it.</summary>
public sealed record CareSheet(
    string Id,
    string OwnerId,
    string OwnerName,
    string BureauCode,
    string DivisionCode,
    CareSheetKind Kind,
    CareSheetState State,
    int Version,
    string SnapshotId,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    IReadOnlyList<string> Approvers,
    IReadOnlyList<string> Route,
    string? DecidedBy,
    string? DecidedByName,
    CareDecision? Decision,
    string? DecisionComment,
    DateTimeOffset? DecidedAt,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt)
{
    public const string LinkResourcePrefix = "caresheet:";

    /// <summary>The resource id its action links are issued for.</summary>
    public string LinkResource => LinkResourcePrefix + Id;
}
