using System.Globalization;
using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// The years and ordinals a question is about ("in 2023", "2023년", "the third dialogue", "세 번째", "3차"): a sentence
/// about another year or another meeting of a series answers another question.
/// </summary>
internal static partial class QuestionConstraints
{
    private static readonly string[] EnglishOrdinals =
        ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly string[] KoreanOrdinals = ["", "첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"];

    public static IReadOnlyList<QuestionEntity> Find(string question)
    {
        var entities = new List<QuestionEntity>();
        foreach (Match year in Year().Matches(question))
        {
            entities.Add(new QuestionEntity(year.Value, [year.Groups["y"].Value], IsHangul: false, Kind: EntityKind.Year));
        }

        foreach (Match ordinal in Ordinal().Matches(question))
        {
            // "First" and 첫 are too often a manner of speaking ("the first time") to require; 제1회 and 1차 are not.
            if (Number(ordinal) is { } n && (n > 1 || ordinal.Groups["d"].Success))
            {
                entities.Add(new QuestionEntity(ordinal.Value.Trim(), [n.ToString(CultureInfo.InvariantCulture)], IsHangul: false, Kind: EntityKind.Ordinal));
            }
        }

        foreach (Match code in Code().Matches(question))
        {
            entities.Add(new QuestionEntity(code.Value, [code.Value.ToLowerInvariant()], IsHangul: false, Kind: EntityKind.Code));
        }

        return entities;
    }

    /// <summary>The ways an article may write the n-th one: third, 3rd, 3차, 제3, 세 번째, 3번째, 3회.</summary>
    public static IReadOnlyList<string> OrdinalForms(int n)
    {
        var forms = new List<string> { $"{n}차", $"제{n}", $"{n}번째", $"{n}회", n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" } };
        if (n < EnglishOrdinals.Length)
        {
            forms.Add(EnglishOrdinals[n]);
            forms.Add(KoreanOrdinals[n] + "번째");
            forms.Add(KoreanOrdinals[n] + "째");
        }

        return forms;
    }

    private static int? Number(Match ordinal)
    {
        if (ordinal.Groups["d"].Success)
        {
            return int.Parse(ordinal.Groups["d"].Value, CultureInfo.InvariantCulture);
        }

        var word = ordinal.Groups["w"].Value.ToLowerInvariant();
        var english = Array.IndexOf(EnglishOrdinals, word);
        if (english > 0)
        {
            return english;
        }

        var korean = Array.IndexOf(KoreanOrdinals, word);
        return korean > 0 ? korean : null;
    }

    // Model names and codes: S7, G20, A4WP, Cat.13 (letters with digits name one thing, not its siblings).
    [GeneratedRegex(@"(?<![A-Za-z\d])(?:[A-Za-z]+\.?\d+[A-Za-z\d]*|\d+[A-Za-z]+[A-Za-z\d]*)(?![A-Za-z\d])")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<![\d.])(?<y>(1[5-9]|20)\d{2})(?!\d)년?")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?<w>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\b(?<d>\d{1,2})(st|nd|rd|th)\b|(?<![\d" + HangulText.Syllables + @"])(?<d>\d{1,2})\s*(차|번째|회)(?![" + HangulText.Syllables + @"]*(?:년|월|일))|(?<w>두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*번째|제(?<d>\d{1,2})(?=\s*(?:차|회))", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
