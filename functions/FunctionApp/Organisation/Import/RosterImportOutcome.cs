using Transformation.Platform.Http;

namespace Transformation.Organisation.Import;

/// <summary>How an import ended: a report when imported, every error when invalid.</summary>
public sealed record RosterImportOutcome(RosterImportStatus Status, RosterImportReport? Report, IReadOnlyList<FieldError> Errors)
{
    public static RosterImportOutcome Imported(RosterImportReport report) => new(RosterImportStatus.Imported, report, []);

    public static RosterImportOutcome Invalid(IReadOnlyList<FieldError> errors) => new(RosterImportStatus.Invalid, null, errors);

    public static RosterImportOutcome Conflict() => new(RosterImportStatus.Conflict, null, []);
}
