using Transformation.CareSheets.Sheets;
using Transformation.Platform.Http;
using Transformation.Platform.Localization;

namespace Transformation.CareSheets.Submission;

/// <summary>What became of a submission or revision: the sheet, or a status with the reason and field errors.</summary>
public sealed record SubmissionOutcome(CareSheet? Sheet, int Status, Text? Detail, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Sheet is not null;

    public static SubmissionOutcome Done(CareSheet sheet) => new(sheet, 200, null, []);

    public static SubmissionOutcome Failed(int status, Text detail, IReadOnlyList<FieldError>? errors = null) =>
        new(null, status, detail, errors ?? []);
}
