using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Tests.Models;
using Microsoft.Extensions.Logging;

namespace DiploAssistant.Core.Tests.Answering.Orchestration.Filters;

public sealed class PromptLogFilterTests
{
    [Fact]
    public async Task TheDebugLog_ShowsThePromptWithoutArticleBodiesOrTheKey()
    {
        const string key = "sk-live-secret-value";
        var logs = new RecordingLoggerProvider();
        var chat = new FakeChatClient("조현 장관은 칼라스와 만났다 [1].");
        var services = ModelPrompts.Services(chat, configure: o => o.ApiKey = key, logs: logs);
        var orchestrator = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Core.Answering.Orchestration.KernelAnswerOrchestrator>(services);
        var evidence = Evidence.Of((SampleArticles.EuStrategicDialogue, 0));

        await orchestrator.GenerateAsync($"조현 장관은 브뤼셀에서 누구와 만났나? {key}", evidence, CancellationToken.None);

        var prompt = Assert.Single(logs.Messages, m => m.Level == LogLevel.Debug && m.Text.StartsWith("Prompt answer_with_search rendered", StringComparison.Ordinal));
        Assert.Contains("[article text,", prompt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(evidence[0].Chunk.Text[..40], prompt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(key, prompt.Text, StringComparison.Ordinal);
        Assert.Contains("조현 장관은 브뤼셀에서 누구와 만났나?", prompt.Text, StringComparison.Ordinal);
    }

    /// <summary>Every message logged, with its level.</summary>
    private sealed class RecordingLoggerProvider : ILoggerProvider
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
}
