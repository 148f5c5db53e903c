namespace Transformation.Surveys.Plans;

/// <summary>An action in JSON: <c>{ "description", "owner", "due": "2026-06-30", "status": "not-started" }</c>.</summary>
public sealed record ActionRequest(string? Description, string? Owner, string? Due, string? Status);
