using Transformation.Organisation.Lookup;

namespace Transformation.Organisation.Api;

/// <summary>A division with its head (and which rule chose them) and its members.</summary>
public sealed record DivisionView(Division Division, StaffView Head, string HeadRule, IReadOnlyList<StaffView> Members);
