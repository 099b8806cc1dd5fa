namespace DiploAssistant.Core;

/// <summary>Base of the product's own failures. <see cref="IsTransient"/> marks those worth retrying.</summary>
public class DiploException : Exception
{
    public DiploException(string message)
        : base(message)
    {
    }

    public DiploException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiploException()
    {
    }

    public virtual bool IsTransient => false;
}
