namespace DiploAssistant.Core.Text;

/// <summary>Walks the n-grams of a text without allocating: <c>foreach (var gram in CharacterNgrams.Of(word, 2))</c>.</summary>
internal ref struct CharacterNgramEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly int _n;
    private int _start;

    public CharacterNgramEnumerator(ReadOnlySpan<char> text, int n)
    {
        _text = text;
        _n = n;
        _start = -1;
    }

    public readonly ReadOnlySpan<char> Current => _text.Slice(_start, _n);

    public readonly CharacterNgramEnumerator GetEnumerator() => this;

    public bool MoveNext() => ++_start + _n <= _text.Length;
}
