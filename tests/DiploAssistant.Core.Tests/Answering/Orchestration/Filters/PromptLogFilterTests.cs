using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Models;
using DiploAssistant.Core.Tests.Models;
using DiploAssistant.Core.Tests.TestSupport;
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
}
