namespace Transformation.Surveys.Plans;

/// <summary>What a write to a plan did.</summary>
public enum PlanWriteOutcome
{
    Saved,

    /// <summary>Someone changed the plan since the version the writer read (ETag mismatch): nothing was written.</summary>
    Conflict,

    /// <summary>There is no plan to change (submit or report progress before a draft exists).</summary>
    NotFound,
}
