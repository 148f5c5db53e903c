using Transformation.Organisation;
using Transformation.Platform.Localization;
using Transformation.ThreeSixty.Assignments;

namespace Transformation.Tests.ThreeSixty.Assignments;

/// <summary>
/// A small bureau: director D heads section chiefs K1, K2, K3 (K3 in another division); K1 has deputies H1, H2,
/// H1 has staff S1, S2; K2 has staff S3.
/// </summary>
internal static class SampleStaff
{
    public static readonly IReadOnlyList<StaffMember> All =
    [
        Person("D", "局長", null, "10"),
        Person("K1", "課長", "D", "11"),
        Person("K2", "課長", "D", "11"),
        Person("K3", "室長", "D", "12"),
        Person("H1", "課長補佐", "K1", "11"),
        Person("H2", "課長補佐", "K1", "11"),
        Person("S1", "係員", "H1", "11"),
        Person("S2", "係員", "H1", "11"),
        Person("S3", "係員", "K2", "11"),
    ];

    public static RosterRelations Roster { get; } = new(All);

    public static StaffMember Get(string id) => Roster.Person(id)!;

    public static StaffMember Person(string id, string grade, string? supervisor, string division) =>
        new(id, "Name " + id, id.ToLowerInvariant() + "@example.go.jp", "1", "Bureau", division, "Division " + division, grade, supervisor,
            Language.Ja);
}
