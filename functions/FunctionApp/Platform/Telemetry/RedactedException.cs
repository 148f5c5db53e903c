namespace Transformation.Platform.Telemetry;

/// <summary>
/// Stands in for an exception whose message or stack held a link token: exporters read an exception's type,
/// message and stack, none of which can be edited on the original, so they get this copy with the token blanked.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string? _stackTrace;

    public RedactedException()
    {
    }

    public RedactedException(string message)
        : base(message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private RedactedException(string message, string? stackTrace)
        : base(message) => _stackTrace = stackTrace;

    public override string? StackTrace => _stackTrace;

    /// <summary>The original's type, message and stack (inner exceptions folded in, as ToString prints them), redacted.</summary>
    public static RedactedException Of(Exception original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var message = $"{original.GetType().FullName}: {LinkTokenRedaction.Redact(original.Message)}";
        var inner = original.InnerException is { } e ? LinkTokenRedaction.Redact(e.ToString()) + Environment.NewLine : "";
        return new(message, inner + LinkTokenRedaction.Redact(original.StackTrace ?? ""));
    }
}
