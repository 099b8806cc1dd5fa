using System.Text.RegularExpressions;
using DiploAssistant.Core.Answering.Questions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering.Extractive;

/// <summary>
/// What a question asks for (a time, a frequency, an amount, a place, a reason, a person) and whether a sentence
/// carries it. A sentence without the time, frequency, amount or reason asked for cannot answer; one without the
/// place or person asked for answers less well.
/// </summary>
internal static partial class AnswerElements
{
    public static AskedElement AskedFor(string question) => question switch
    {
        _ when FrequencyQuestion().IsMatch(question) => AskedElement.Frequency,
        _ when AmountQuestion().IsMatch(question) => AskedElement.Amount,
        _ when TimeExpressions.AsksWhen(question) => AskedElement.Time,
        _ when PlaceQuestion().IsMatch(question) => AskedElement.Place,
        _ when ReasonQuestion().IsMatch(question) => AskedElement.Reason,
        _ when PersonQuestion().IsMatch(question) => AskedElement.Person,
        _ when NameQuestion().IsMatch(question) => AskedElement.Name,
        _ => AskedElement.None,
    };

    /// <summary>
    /// True when the sentence names something (a capitalised name after its first word, or a quoted title) that the
    /// question does not: "Which show …?" is answered by the sentence that says “Squid Game”, not by "the show".
    /// </summary>
    public static bool CarriesNewName(string sentence, string question)
    {
        var asked = Words().Matches(question).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return NameInSentence().Matches(sentence)
            .Any(m => Words().Matches(m.Value).Any(w => !asked.Contains(w.Value) && !CalendarWord().IsMatch(w.Value)));
    }

    /// <summary>True when an answer must carry the element: without it the sentence is about something else.</summary>
    public static bool IsRequired(AskedElement element) =>
        element is AskedElement.Time or AskedElement.Frequency or AskedElement.Amount or AskedElement.Reason;

    public static bool Carries(string sentence, AskedElement element) => element switch
    {
        AskedElement.Time => TimeExpressions.Mentions(sentence),
        AskedElement.Frequency => Frequency().IsMatch(sentence),
        AskedElement.Amount => Amount().IsMatch(sentence),
        AskedElement.Place => Place().IsMatch(sentence),
        AskedElement.Reason => Reason().IsMatch(sentence),
        AskedElement.Person => Person().IsMatch(sentence),
        _ => true,
    };

    [GeneratedRegex(@"\bhow (often|frequently)\b|\bhow many times\b|얼마나 자주|몇\s*년마다|주기", RegexOptions.IgnoreCase)]
    private static partial Regex FrequencyQuestion();

    [GeneratedRegex(@"\bhow (much|many)\b|\bwhat (percentage|share|amount)\b|얼마|몇\s*(퍼센트|%|명|개|억|만|달러|유로|원|번)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountQuestion();

    [GeneratedRegex(@"\bwhere\b|\b(which|what) (city|country|place|venue)\b|어디|어느\s*(도시|나라|곳)", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"\bwhy\b|\bfor what reason\b|\bwhat was the reason\b|왜|무슨\s*이유|이유는|까닭", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonQuestion();

    [GeneratedRegex(@"\bwho\b|\bwhom\b|누구|누가", RegexOptions.IgnoreCase)]
    private static partial Regex PersonQuestion();

    [GeneratedRegex(@"\b(which|what)\s+(?!(is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b)[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex NameQuestion();

    /// <summary>A capitalised word that does not open the sentence (with the capitalised words after it), or a quoted title.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\d,;:)]\s+)\p{Lu}[\p{L}\d'’.&-]*(\s+\p{Lu}[\p{L}\d'’.&-]*)*|[“""‘][^”""’]{2,60}[”""’]")]
    private static partial Regex NameInSentence();

    [GeneratedRegex(@"^((jan|febr)uary|march|april|may|june|july|august|(sept|nov|dec)ember|october|(mon|tues|wednes|thurs|fri|satur|sun)day)$", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarWord();

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\bonce (in|every) \w+ (years?|months?)\b|\bevery (\w+ )?(years?|months?|weeks?)\b|\b(biennial|biennially|annual|annually|yearly|regularly|quarterly)\b|격년|\d+\s*년마다|매년|해마다|연례|정례|정기적", RegexOptions.IgnoreCase)]
    private static partial Regex Frequency();

    [GeneratedRegex(@"\d|\b(billion|million|trillion|percent)\b|[억조]\s*(원|달러|유로)", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex("[" + HangulText.Syllables + @"](에서|서)\s|\b(in|at) (the )?[A-Z][a-z]+|\bvia (a )?video\b|화상")]
    private static partial Regex Place();

    [GeneratedRegex(@"때문|이유|고려해|고려하여|감안|인해|인한|\bbecause\b|\bdue to\b|\bowing to\b|\bamid\b|\bin order to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    [GeneratedRegex(@"\b[A-Z][a-z]+ [A-Z][a-z]+(-[a-z]+)?\b|[" + HangulText.Syllables + @"]{2,4}\s*(장관|총리|대통령|실장|보좌관|사무총장|고위대표|대표|차관|외무상|주석|의장|대사)")]
    private static partial Regex Person();
}
