using Transformation.Platform.Http;

namespace Transformation.Organisation.Import;

/// <summary>The rows of a roster file as read, and what was wrong with its shape (header, quoting, field counts).</summary>
public sealed record ParsedRoster(IReadOnlyList<RosterRecord> Records, IReadOnlyList<FieldError> Errors);
