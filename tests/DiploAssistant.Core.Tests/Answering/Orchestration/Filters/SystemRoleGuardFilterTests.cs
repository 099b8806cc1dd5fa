using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Answering.Orchestration;
using DiploAssistant.Core.Tests.Models;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Core.Tests.Answering.Orchestration.Filters;

public sealed class SystemRoleGuardFilterTests : IDisposable
{
    private readonly string _prompts = Path.Combine(Path.GetTempPath(), "diplo-prompts-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_prompts, recursive: true);

    [Fact]
    public async Task GenerateAsync_NeverSendsAPromptWithSourcesInTheSystemRole_AndFallsBackMarked()
    {
        CopyPrompts();
        var answer = Path.Combine(_prompts, "answer_with_search", "skprompt.txt");
        File.WriteAllText(answer, File.ReadAllText(answer).Replace("</message>\n<message role=\"user\">", "{{$sources}}\n</message>\n<message role=\"user\">", StringComparison.Ordinal));
        var chat = new FakeChatClient("조현 장관은 칼라스와 만났다 [1].");
        var services = ModelPrompts.Services(chat);
        var orchestrator = new KernelAnswerOrchestrator(
            services, new PromptLibrary(_prompts), services.GetRequiredService<Core.Answering.Extractive.ExtractiveAnswerGenerator>(),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.Models.ChatModelOptions>>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<KernelAnswerOrchestrator>.Instance);

        var result = await orchestrator.GenerateAsync("조현 장관은 브뤼셀에서 누구와 만났나?", Evidence.Of((SampleArticles.EuStrategicDialogue, 0)), CancellationToken.None);

        Assert.Empty(chat.Prompts);
        Assert.EndsWith(ModelFallbackNote.Korean, result.Text, StringComparison.Ordinal);
    }

    private void CopyPrompts()
    {
        foreach (var file in Directory.EnumerateFiles(ModelPrompts.Library.Directory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_prompts, Path.GetRelativePath(ModelPrompts.Library.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
