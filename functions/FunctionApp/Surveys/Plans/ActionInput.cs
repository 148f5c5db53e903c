namespace Transformation.Surveys.Plans;

/// <summary>One action as sent: description, owner, due date (yyyy-MM-dd) and status code, all as text.</summary>
public sealed record ActionInput(string? Description, string? Owner, string? Due, string? Status);
