using Transformation.Platform.Http;
using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Overtime.Actuals;

/// <summary>HR's actuals import page: the form, and what was just done or refused.</summary>
/// <param name="FileErrors">The errors of an uploaded file, each with its line (nothing was written).</param>
public sealed record ActualsImportPageView(CsrfField Csrf, Text? Notice = null, Text? Problem = null, IReadOnlyList<FieldError>? FileErrors = null);
