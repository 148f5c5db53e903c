namespace Transformation.TeamUp.Judging;

/// <summary>A criterion of the rubric as judges read it, in their language.</summary>
public sealed record CriterionView(string Id, string Name, string Guide, double Weight);
