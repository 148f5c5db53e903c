namespace Transformation.Surveys.Workflow;

/// <summary>The small summary of aggregation the orchestrator keeps (the results themselves are in storage).</summary>
public sealed record AggregateSummary(int Invited, int Respondents, int Released, int DivisionsShown, int DivisionsSuppressed, bool HasLastYear);
