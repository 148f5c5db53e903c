using Transformation.CareSheets.Sheets;

namespace Transformation.Tests.Support.CareSheets;

/// <summary>Valid sheets to start from in tests; change one thing with <c>with</c> to test one rule.</summary>
public static class CareSheetInputs
{
    public static CareSheetInput Childcare(DateOnly today) => new(
        "childcare", ["2021", "2024"], null, null, "3", "yes", "yes", "6", "10",
        [new LeaveInput(Iso(today.AddDays(30)), Iso(today.AddDays(34)))],
        "宿泊を伴う出張は不可", Iso(today), Iso(today.AddMonths(11)), "保育園の送迎のため、17時に退庁したいです。");

    public static CareSheetInput Caregiving(DateOnly today) => Childcare(today) with
    {
        Kind = "caregiving",
        ChildBirthYears = [],
        RecipientRelationship = "母",
        CareLevel = "要介護２",
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
