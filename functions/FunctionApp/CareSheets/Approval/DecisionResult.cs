using Transformation.CareSheets.Sheets;
using Transformation.Platform.Http;

namespace Transformation.CareSheets.Approval;

/// <summary>What a decision attempt did, with the sheet as it now stands.</summary>
public sealed record DecisionResult(DecisionOutcomeKind Kind, CareSheet? Sheet, IReadOnlyList<FieldError> Errors);
