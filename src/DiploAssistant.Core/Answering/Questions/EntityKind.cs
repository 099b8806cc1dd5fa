namespace DiploAssistant.Core.Answering.Questions;

/// <summary>What kind of thing a question names, which decides how strictly evidence must support it.</summary>
internal enum EntityKind
{
    /// <summary>A Korean noun of the question (금강산, 평화유지군): often said in other words by the article.</summary>
    Noun,

    /// <summary>A proper name: capitalized English words, a Korean name before a title, a country or bloc.</summary>
    Name,

    /// <summary>The Korean noun a question opens with (방시혁은 …, 금강산을 …): what the question is about.</summary>
    Topic,

    /// <summary>A model name or code with digits (S8, G20, pt.1): written the same way in every language.</summary>
    Code,

    /// <summary>A year (2023, 2023년): another year is another event.</summary>
    Year,

    /// <summary>Which one of a series (third, 3차, 세 번째): the first dialogue does not answer for the third.</summary>
    Ordinal,
}
