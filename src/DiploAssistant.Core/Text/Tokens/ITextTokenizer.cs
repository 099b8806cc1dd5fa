namespace DiploAssistant.Core.Text.Tokens;

/// <summary>Turns text into lexical index terms. The same tokenizer must index and query a store.</summary>
public interface ITextTokenizer
{
    /// <summary>
    /// Names this tokenizer's document terms, e.g. <c>korean/1</c>. A store records it beside its embedder and, when it
    /// changes, rebuilds every chunk's lexical terms from the stored text. It must change whenever
    /// <see cref="TokenizeDocument"/> can return other terms for some text, and stay the same otherwise.
    /// </summary>
    string Identity { get; }

    /// <summary>Terms of a stored passage (may repeat: term frequency matters).</summary>
    IReadOnlyList<string> TokenizeDocument(string text);

    /// <summary>Terms of a question (may differ from document terms, e.g. particles stripped).</summary>
    IReadOnlyList<string> TokenizeQuery(string text);
}
