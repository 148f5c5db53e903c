namespace Transformation.Surveys.Participation;

/// <summary>Response rates of a cycle, ministry-wide, per bureau and per division (from participation only).</summary>
public sealed record SurveyResponseRates(string CycleId, GroupRate Ministry, IReadOnlyList<GroupRate> Bureaus, IReadOnlyList<GroupRate> Divisions);
