using Transformation.Platform.Http;

namespace Transformation.CareSheets.Sheets;

/// <summary>Either a valid sheet, or every error found (never both).</summary>
public sealed record CareSheetValidation(CareSheetContent? Content, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Content is not null && Errors.Count == 0;
}
