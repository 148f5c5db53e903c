using Transformation.Organisation;
using Transformation.Platform.Localization;

namespace Transformation.Tests.Surveys.Answers;

/// <summary>Staff to invite: ids S-{n}, in division 1010 of bureau 100 unless said otherwise.</summary>
public sealed record StaffBuilder(string BureauCode = "100", string DivisionCode = "1010", Language Language = Language.Ja)
{
    public StaffMember Person(int n) => new($"S-{n:0000}", $"職員 {n}", $"s{n}@example.go.jp", BureauCode, "大臣官房", DivisionCode,
        DivisionCode == "1010" ? "秘書課" : "課" + DivisionCode, "係員", null, Language);

    public IReadOnlyList<StaffMember> People(int from, int count) => Enumerable.Range(from, count).Select(Person).ToList();
}
