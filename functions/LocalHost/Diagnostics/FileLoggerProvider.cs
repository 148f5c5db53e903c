using System.Globalization;
using System.Text;

namespace Transformation.LocalHost.Diagnostics;

/// <summary>
/// Writes every log line to a file, with all its scopes: the strictest copy of what a console or log sink could
/// show, for reading after a run. Subject to the same filter rules as every provider (alias "File").
/// </summary>
[ProviderAlias("File")]
public sealed class FileLoggerProvider(string path) : ILoggerProvider, ISupportExternalScope
{
    private readonly StreamWriter _writer = new(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
    private readonly Lock _lock = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() => _writer.Dispose();

    private void Write(string line)
    {
        lock (_lock)
        {
            _writer.WriteLine(line);
        }
    }

    private sealed class FileLogger(FileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
                $"{DateTimeOffset.UtcNow:O} {logLevel} {category}[{eventId.Id}] {formatter(state, exception)}"));
            provider._scopes.ForEachScope((scope, text) => text.Append(" => ").Append(scope), line);
            if (exception is not null)
            {
                line.AppendLine().Append(exception);
            }

            provider.Write(line.ToString());
        }
    }
}
