namespace Transformation.Surveys.Plans;

/// <summary>A questionnaire item the plan means to improve, and the mean score it aims for next year.</summary>
public sealed record PlanTarget(string ItemId, double Target);
