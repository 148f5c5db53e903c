using Transformation.Platform.Localization;

namespace Transformation.Platform.Http;

/// <summary>One thing wrong with what was sent: which field (and line, for files) and why.</summary>
public sealed record FieldError(string Field, Text Message, int? Line = null);
