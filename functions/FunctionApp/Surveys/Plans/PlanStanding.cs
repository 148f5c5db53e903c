namespace Transformation.Surveys.Plans;

/// <summary>Where a division's plan stands for HR: none yet, a draft, submitted, or past the deadline without submission.</summary>
public enum PlanStanding
{
    NotStarted,
    Draft,
    Submitted,
    Overdue,
}
