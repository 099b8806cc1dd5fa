namespace DiploAssistant.Core.Storage;

/// <summary>
/// The store's lexical terms were made by another tokenizer and the store is open for reading only, so it cannot rebuild
/// them; searching it would match terms of one tokenizer against another's.
/// </summary>
public sealed class TokenizerMismatchException : DiploException
{
    public TokenizerMismatchException(string stored, string configured)
        : base($"This store's search terms were made by the tokenizer {stored}, but this version tokenizes with {configured}. " +
               "Open the store once for writing (any diplo command, e.g. diplo list, or the server) to re-tokenize it in place.")
    {
        Stored = stored;
        Configured = configured;
    }

    public string Stored { get; }

    public string Configured { get; }
}
