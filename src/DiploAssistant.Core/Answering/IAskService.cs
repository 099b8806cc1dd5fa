namespace DiploAssistant.Core.Answering;

/// <summary>The one entry point every channel (CLI, HTTP, Bot Framework, Direct Line) uses to answer a question.</summary>
public interface IAskService
{
    Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken);
}
