namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// Korean titles that follow a person's name (위성락 국가안보실장, 왕이 외교부장, 위 실장): a word before one is a name,
/// and a surname before one refers back to the full name the article used earlier.
/// </summary>
internal static class PersonTitles
{
    // Longer titles first: "사무총장" is matched before "총장", "외교부장" before "부장".
    private static readonly string[] Titles =
    [
        "사무총장", "고위대표", "외교부장", "국무장관", "안보실장", "보좌관", "본부장", "위원장", "대변인", "외무상", "외교장관",
        "대통령", "총리", "장관", "차관", "실장", "대사", "주석", "의장", "부장", "총장", "특사", "대표", "국왕", "총재",
    ];

    /// <summary>The title a word ends with, particles stripped (국가안보실장이 → 실장), or null.</summary>
    public static string? TitleOf(string word)
    {
        var stem = Languages.KoreanParticles.Strip(word);
        return Titles.FirstOrDefault(title => stem.EndsWith(title, StringComparison.Ordinal) || word.EndsWith(title, StringComparison.Ordinal));
    }

    public static bool IsTitle(string word) => TitleOf(word) is not null;
}
