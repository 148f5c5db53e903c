using Transformation.Platform.Localization;
using Transformation.Platform.Pages;

namespace Transformation.Surveys.Participation;

/// <summary>The resend page: whether the reader may ask for their link (and until when), and what the last request did.</summary>
/// <param name="Open">"Open until …" when the cycle is open, else null.</param>
/// <param name="CanSend">True when the reader was invited and has not answered.</param>
/// <param name="Outcome">What the last request did (after its redirect), or why there is nothing to send.</param>
public sealed record SurveyLinkPageView(string CycleId, Text? Open, bool CanSend, CsrfField Csrf, Text? Outcome);
