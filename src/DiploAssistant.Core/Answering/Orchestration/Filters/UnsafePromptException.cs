namespace DiploAssistant.Core.Answering.Orchestration.Filters;

/// <summary>A rendered prompt broke a rule (article text in the system role) and was not sent; the answer falls back.</summary>
public sealed class UnsafePromptException : DiploException
{
    public UnsafePromptException(string message)
        : base(message)
    {
    }

    public UnsafePromptException()
    {
    }

    public UnsafePromptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
