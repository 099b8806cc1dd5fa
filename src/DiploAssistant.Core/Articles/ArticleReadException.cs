namespace DiploAssistant.Core.Articles;

/// <summary>An input that cannot become articles (binary, empty, oversized, undecodable, malformed); the message is the reason shown to the user.</summary>
public sealed class ArticleReadException : DiploException
{
    public ArticleReadException(string message)
        : base(message)
    {
    }

    public ArticleReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
