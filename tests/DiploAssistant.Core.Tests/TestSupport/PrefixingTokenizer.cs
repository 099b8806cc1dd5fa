using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.TestSupport;

/// <summary>
/// Another tokenizer, as a later version would be: the Korean tokenizer's terms with a prefix, so none of its terms is a
/// term of the Korean tokenizer and a store still holding the old terms finds nothing with it. The prefix is letters: the
/// FTS5 table's own tokenizer would split stored terms at anything else.
/// </summary>
internal sealed class PrefixingTokenizer(string prefix = "zz") : ITextTokenizer
{
    private readonly KoreanTokenizer _inner = new();

    public string Identity => $"prefixing/{prefix}";

    public IReadOnlyList<string> TokenizeDocument(string text) => _inner.TokenizeDocument(text).Select(t => prefix + t).ToList();

    public IReadOnlyList<string> TokenizeQuery(string text) => _inner.TokenizeQuery(text).Select(t => prefix + t).ToList();
}
