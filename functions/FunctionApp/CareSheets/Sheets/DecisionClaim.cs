namespace Transformation.CareSheets.Sheets;

/// <summary>The answer to trying to decide: won (this decision counts) or not, with the sheet as it now stands.</summary>
public sealed record DecisionClaim(bool Won, CareSheet? Sheet);
