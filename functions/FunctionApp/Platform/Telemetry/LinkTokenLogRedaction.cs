using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Transformation.Platform.Telemetry;

/// <summary>
/// The log records' counterpart of <see cref="LinkTokenRedaction"/>: blanks link tokens in the message, the body,
/// every string attribute and the exception before an exporter added after it sees the record. The log filters
/// (<see cref="LinkTokenLogFilters"/>) keep the known URL-writing categories out; this catches what slips past them.
/// </summary>
public sealed class LinkTokenLogRedaction : BaseProcessor<LogRecord>
{
    public override void OnEnd(LogRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.FormattedMessage is { } message)
        {
            data.FormattedMessage = LinkTokenRedaction.Redact(message);
        }

        if (data.Body is { } body)
        {
            data.Body = LinkTokenRedaction.Redact(body);
        }

        if (data.Attributes is { } attributes && attributes.Any(a => a.Value is string s && LinkTokenRedaction.HasToken(s)))
        {
            data.Attributes = [.. attributes.Select(a => a.Value is string s ? new(a.Key, LinkTokenRedaction.Redact(s)) : a)];
        }

        if (data.Exception is { } exception && LinkTokenRedaction.HasToken(exception.ToString()))
        {
            data.Exception = RedactedException.Of(exception);
        }
    }
}
