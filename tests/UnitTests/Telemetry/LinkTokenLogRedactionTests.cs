using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using Transformation.Platform.Links;
using Transformation.Platform.Telemetry;

namespace Transformation.Tests.Telemetry;

/// <summary>What an exporter placed after the redaction reads from a log record that mentioned a link.</summary>
public sealed class LinkTokenLogRedactionTests
{
    private static readonly string Token = LinkTokens.New();

    [Fact]
    public void The_message_its_values_and_the_exception_reach_the_exporter_without_the_token()
    {
        var exported = new List<string>();
        using (var factory = LoggerFactory.Create(logging => logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.AddProcessor(new LinkTokenLogRedaction());
            o.AddProcessor(new Capture(exported));
        })))
        {
            var log = factory.CreateLogger("Any.Category");
            var failure = new InvalidOperationException("No route for /survey/2026.0a." + Token);
#pragma warning disable CA1848, CA2254 // the test needs a plain message template with a path in it
            log.LogWarning(failure, "Request starting GET {Url}", "https://app.example/links/" + Token);
#pragma warning restore CA1848, CA2254
        }

        var record = Assert.Single(exported);
        Assert.DoesNotContain(Token, record, StringComparison.Ordinal);
        Assert.Contains("Request starting GET https://app.example/links/[token]", record, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: No route for /survey/[token]", record, StringComparison.Ordinal);
    }

    /// <summary>Reads a record as an exporter does, while it is still live (records are pooled and reused).</summary>
    private sealed class Capture(List<string> exported) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data)
        {
            var attributes = string.Join(", ", data.Attributes?.Select(a => $"{a.Key}={a.Value}") ?? []);
            exported.Add($"{data.FormattedMessage} | {data.Body} | {attributes} | {data.Exception}");
        }
    }
}
