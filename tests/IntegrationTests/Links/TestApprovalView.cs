using Transformation.Platform.Pages;

namespace Transformation.Tests.Links;

/// <summary>The test handler's decision form: what was sent (or nothing yet), this visit's anti-forgery field, the link's page id.</summary>
public sealed record TestApprovalView(FormState Form, CsrfField Csrf, string LinkPage);
