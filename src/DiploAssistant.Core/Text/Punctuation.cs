namespace DiploAssistant.Core.Text;

/// <summary>Character classes the sentence splitter needs (Korean and Western punctuation).</summary>
internal static class Punctuation
{
    public static bool IsTerminal(char c) => c is '.' or '?' or '!' or '。' or '？' or '！';

    /// <summary>Curly and corner opening quotes (the straight <c>"</c> opens or closes depending on state).</summary>
    public static bool IsOpeningQuote(char c) => c is '“' or '「' or '『';

    public static bool IsClosingQuote(char c) => c is '”' or '」' or '』';

    /// <summary>Marks that may follow a sentence's terminal and still belong to it.</summary>
    public static bool IsClosing(char c) => IsClosingQuote(c) || c is '"' or '’' or '\'' or ')' or ']' or '）';

    /// <summary>Final syllables of Korean declarative, polite and interrogative sentences (…다. …요. …까.).</summary>
    public static bool IsKoreanSentenceEnding(char c) => c is '다' or '요' or '까' or '죠' or '니';
}
