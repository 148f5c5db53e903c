using Transformation.Organisation.Lookup;

namespace Transformation.Organisation.Api;

/// <summary>The current roster at a glance: which snapshot, when, and how many people per bureau and division.</summary>
public sealed record RosterSummary(string SnapshotId, DateTimeOffset ImportedAt, string ImportedBy, int StaffCount, IReadOnlyList<Bureau> Bureaus);
