using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Transformation.CareSheets.Sheets;
using Transformation.CareSheets.Submission;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;
using Transformation.Platform.Pages.Components;
using Transformation.Tests.Support.CareSheets;

namespace Transformation.Tests.CareSheets;

/// <summary>The edit form starts from a sheet's content: posted back unchanged, it is the same content.</summary>
public sealed class CareSheetFormTests
{
    private static readonly DateOnly Today = new(2026, 4, 1);

    public static TheoryData<string> Kinds => new() { "childcare", "caregiving" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_sheet_posted_back_unchanged_from_its_edit_form_is_the_same_sheet(string kind)
    {
        var input = kind == "childcare" ? CareSheetInputs.Childcare(Today) : CareSheetInputs.Caregiving(Today);
        var content = CareSheetValidator.Validate(input, Today).Content!;

        var again = RoundTrip(content, Language.Ja);

        Assert.Equivalent(content, again, strict: true);
    }

    [Fact]
    public void Every_leave_period_of_a_sheet_from_the_api_gets_a_row_and_none_is_lost()
    {
        var leaves = Enumerable.Range(0, CareSheetValidator.MaxLeavePeriods)
            .Select(i => new LeaveInput(CareSheetInputs.Iso(Today.AddDays(10 + (i * 10))), CareSheetInputs.Iso(Today.AddDays(12 + (i * 10))))).ToList();
        var content = CareSheetValidator.Validate(CareSheetInputs.Childcare(Today) with { LeavePeriods = leaves }, Today).Content!;

        var html = Fields(CareSheetForm.ValuesOf(content, Language.En), Language.En);
        var again = RoundTrip(content, Language.En);

        Assert.Contains($"name=\"leavePeriods[{CareSheetValidator.MaxLeavePeriods - 1}].to\"", html, StringComparison.Ordinal);
        Assert.Equal(CareSheetValidator.MaxLeavePeriods, again.LeavePeriods.Count);
        Assert.Equivalent(content, again, strict: true);
    }

    [Fact]
    public void A_new_form_still_offers_the_usual_leave_rows()
    {
        var html = Fields(CareSheetForm.Defaults, Language.Ja);

        Assert.Contains($"name=\"leavePeriods[{CareSheetFields.FormLeaveRows - 1}].from\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"leavePeriods[{CareSheetFields.FormLeaveRows}].from\"", html, StringComparison.Ordinal);
    }

    private static string Fields(IReadOnlyDictionary<string, string?> values, Language language) =>
        ComponentHtml.Render<CareSheetFormFields>(new Dictionary<string, object?>
        {
            [nameof(CareSheetFormFields.Language)] = language,
            [nameof(CareSheetFormFields.Form)] = FormState.Of(values),
        });

    private static CareSheetContent RoundTrip(CareSheetContent content, Language language)
    {
        var values = CareSheetForm.ValuesOf(content, language);
        var form = new FormCollection(values.ToDictionary(p => p.Key, p => new StringValues(p.Value), StringComparer.Ordinal));
        var validation = CareSheetValidator.Validate(CareSheetFormInput.Read(form), Today);
        Assert.True(validation.IsValid, string.Join("; ", validation.Errors.Select(e => e.Field + ": " + e.Message.En)));
        return validation.Content!;
    }
}
