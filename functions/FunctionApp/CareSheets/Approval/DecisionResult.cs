using Transformation.CareSheets.Storage;
using Transformation.Platform.Http;

namespace Transformation.CareSheets.Api;

/// <summary>What a decision attempt did, with the sheet as it now stands.</summary>
public sealed record DecisionResult(DecisionOutcomeKind Kind, CareSheet? Sheet, IReadOnlyList<FieldError> Errors);
