namespace DiploAssistant.Core.Models;

/// <summary>The model could not be reached or gave no usable response, after retries. Answers fall back to the offline path.</summary>
public sealed class ModelUnavailableException : DiploException
{
    public ModelUnavailableException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException!)
    {
        Transient = isTransient;
    }

    public ModelUnavailableException(string message)
        : base(message)
    {
        Transient = true;
    }

    public ModelUnavailableException()
    {
        Transient = true;
    }

    public ModelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Transient = true;
    }

    private bool Transient { get; }

    public override bool IsTransient => Transient;
}
