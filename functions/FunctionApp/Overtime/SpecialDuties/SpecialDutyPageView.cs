using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.SpecialDuties;

/// <summary>HR's list of a fiscal year's special duties.</summary>
public sealed record SpecialDutyListView(int Year, IReadOnlyList<SpecialDutyRecord> Records, IReadOnlyList<int> Years);

/// <summary>One special duty with the form for its analysis.</summary>
public sealed record SpecialDutyRecordView(CsrfField Csrf, SpecialDutyRecord Record, FormState Form, Text? Notice);
