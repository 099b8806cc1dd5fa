namespace DiploAssistant.Core.Text;

/// <summary>Cuts a sentence longer than a chunk into pieces at word boundaries (mid-word only when a word is longer).</summary>
internal static class LongSentenceCutter
{
    public static IEnumerable<Sentence> Cut(Sentence sentence, int maxCharacters)
    {
        var text = sentence.Text;
        var offset = 0;
        while (text.Length - offset > maxCharacters)
        {
            var cut = text.LastIndexOf(' ', offset + maxCharacters, maxCharacters);
            var end = cut > offset ? cut : offset + maxCharacters;
            yield return new Sentence(text[offset..end].TrimEnd(), sentence.Start + offset);
            offset = end;
            while (offset < text.Length && char.IsWhiteSpace(text[offset]))
            {
                offset++;
            }
        }

        if (offset < text.Length)
        {
            yield return new Sentence(text[offset..], sentence.Start + offset);
        }
    }
}
