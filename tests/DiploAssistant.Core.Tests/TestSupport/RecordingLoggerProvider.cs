using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Tests.TestSupport;

/// <summary>Records every message logged through it, with its level, at every level.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public List<(LogLevel Level, string Text)> Messages { get; } = [];

    public ILogger CreateLogger(string categoryName) => new Recorder(this);

    public void Dispose()
    {
    }

    private sealed class Recorder(RecordingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner.Messages)
            {
                owner.Messages.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
