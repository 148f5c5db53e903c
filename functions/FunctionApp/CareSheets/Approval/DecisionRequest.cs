namespace Transformation.CareSheets.Approval;

/// <summary>The body of POST /api/care-sheets/{id}/decision. <see cref="Version"/>, when given, must be the version being decided.</summary>
public sealed record DecisionRequest(string? Decision, string? Comment, int? Version);
