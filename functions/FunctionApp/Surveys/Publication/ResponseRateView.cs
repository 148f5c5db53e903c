namespace Transformation.Surveys.Publication;

/// <summary>Response rates of a cycle for HR: the ministry, every bureau and every division, each shown or hidden.</summary>
/// <param name="MinimumGroup">The reporting threshold groups are measured against (staff invited).</param>
/// <param name="ResultsPublished">Once results are published, groups hidden there are hidden here too.</param>
public sealed record ResponseRateView(
    string CycleId,
    int MinimumGroup,
    bool ResultsPublished,
    GroupResponse Ministry,
    IReadOnlyList<GroupResponse> Bureaus,
    IReadOnlyList<GroupResponse> Divisions);
