namespace DiploAssistant.Core.Text.Tokens;

/// <summary>Turns text into lexical index terms. The same tokenizer must index and query a store.</summary>
public interface ITextTokenizer
{
    /// <summary>Terms of a stored passage (may repeat: term frequency matters).</summary>
    IReadOnlyList<string> TokenizeDocument(string text);

    /// <summary>Terms of a question (may differ from document terms, e.g. particles stripped).</summary>
    IReadOnlyList<string> TokenizeQuery(string text);
}
