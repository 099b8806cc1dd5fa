using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Text;

/// <summary>
/// Splits Korean and English news text into sentences with their offsets. Paragraph breaks always end a sentence;
/// periods in abbreviations, initials, decimals and dotted dates do not; a quotation is never split inside
/// (<c>“…했다”고 말했다.</c> is one sentence).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A quotation longer than this is probably unbalanced, so sentences inside it split again.</summary>
    private const int MaxQuotedCharacters = 400;

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        foreach (var (start, end) in TextBlocks.Find(text))
        {
            SplitBlock(text, start, end, sentences);
        }

        return sentences;
    }

    private static void SplitBlock(string text, int blockStart, int blockEnd, List<Sentence> sentences)
    {
        var sentenceStart = blockStart;
        var quoteStart = -1;
        for (var i = blockStart; i < blockEnd; i++)
        {
            var c = text[i];
            if (Punctuation.IsOpeningQuote(c) || (c == '"' && quoteStart < 0))
            {
                quoteStart = quoteStart < 0 ? i : quoteStart;
                continue;
            }

            if (Punctuation.IsClosingQuote(c) || c == '"')
            {
                quoteStart = -1;
                continue;
            }

            if (!Punctuation.IsTerminal(c))
            {
                continue;
            }

            var after = i + 1;
            var closesQuote = false;
            while (after < blockEnd && (Punctuation.IsTerminal(text[after]) || Punctuation.IsClosing(text[after])))
            {
                closesQuote |= Punctuation.IsClosingQuote(text[after]) || text[after] == '"';
                after++;
            }

            // Inside a quotation only a terminal that also closes it can end the sentence ("…했다.” 이어…").
            var quoted = quoteStart >= 0 && i - quoteStart <= MaxQuotedCharacters && !closesQuote;
            if (quoted || !EndsSentence(text, i, after, blockEnd))
            {
                continue;
            }

            Add(text, sentenceStart, after, sentences);
            sentenceStart = after;
            quoteStart = -1;
            i = after - 1;
        }

        Add(text, sentenceStart, blockEnd, sentences);
    }

    /// <param name="terminal">Index of the first terminal mark.</param>
    /// <param name="after">Index just past the terminal marks and closing quotes/brackets that follow it.</param>
    private static bool EndsSentence(string text, int terminal, int after, int blockEnd)
    {
        if (after >= blockEnd)
        {
            return true;
        }

        var next = text[after];
        if (!char.IsWhiteSpace(next))
        {
            // "밝혔다.이어" (missing space) still ends a Korean sentence; "2.5", "U.S.", "newsis.com" do not.
            return text[terminal] == '.' && terminal > 0 && Punctuation.IsKoreanSentenceEnding(text[terminal - 1])
                && HangulText.IsSyllable(next);
        }

        if (text[terminal] != '.')
        {
            return true;
        }

        var nextWord = after;
        while (nextWord < blockEnd && char.IsWhiteSpace(text[nextWord]))
        {
            nextWord++;
        }

        if (nextWord < blockEnd && char.IsAsciiLetterLower(text[nextWord]))
        {
            return false; // "e.g. the", "approx. five": a lower-case word continues the sentence
        }

        return !EnglishAbbreviations.Contains(WordBefore(text, terminal)) && !DottedDate.EndsAt(text, terminal);
    }

    /// <summary>The Latin letters and inner periods right before <paramref name="period"/> ("U.S", "Mr", "S").</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsAsciiLetter(text[start - 2]))))
        {
            start--;
        }

        return text.AsSpan(start, period - start);
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(text[start..end], start));
        }
    }
}
