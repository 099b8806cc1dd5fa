using System.Text;

namespace DiploAssistant.Core.Languages;

/// <summary>
/// A coarse consonant skeleton of a name, the same for its Hangul and its Latin spelling (조현 and Cho Hyun → JHN,
/// 칼라스 and Kallas → KLS, 위성락 and Wi Sung-lac → SNLK), so a question in one script can find a name in the other.
/// Vowels are dropped, similar consonants share a class, repeated classes collapse.
/// </summary>
internal static class PhoneticKey
{
    /// <summary>Keys shorter than this match too many unrelated words to be trusted.</summary>
    public const int MinimumLength = 3;

    //                                      ㄱ   ㄲ   ㄴ   ㄷ   ㄸ   ㄹ   ㅁ   ㅂ   ㅃ   ㅅ   ㅆ   ㅇ  ㅈ   ㅉ   ㅊ   ㅋ   ㅌ   ㅍ   ㅎ
    private static readonly char[] Initials = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', ' ', 'J', 'J', 'J', 'K', 'T', 'P', 'H'];

    //                                 -   ㄱ   ㄲ   ㄳ   ㄴ   ㄵ   ㄶ   ㄷ   ㄹ   ㄺ   ㄻ   ㄼ   ㄽ   ㄾ   ㄿ   ㅀ   ㅁ   ㅂ   ㅄ   ㅅ   ㅆ   ㅇ   ㅈ   ㅊ   ㅋ   ㅌ   ㅍ   ㅎ
    private static readonly char[] Finals = [' ', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'K', 'M', 'L', 'L', 'L', 'P', 'L', 'M', 'P', 'P', 'T', 'T', 'N', 'T', 'T', 'K', 'T', 'P', ' '];

    /// <summary>The key of a Hangul word (other characters are ignored).</summary>
    public static string FromHangul(string word)
    {
        var key = new StringBuilder();
        foreach (var c in word.Where(HangulText.IsSyllable))
        {
            Append(key, Initials[HangulText.Initial(c)]);
            Append(key, Finals[HangulText.Final(c)]);
        }

        return key.ToString();
    }

    /// <summary>
    /// The keys of a Latin name: the plain reading, plus readings with <c>j</c> as a glide (Kaja → 카야), with a
    /// silent initial <c>l</c>/<c>r</c> (Lee, Rhee → 이) and with an <c>r</c> before a consonant or at the end left
    /// silent, as Korean writes English words (computer → 컴퓨터, Gordon → 고든).
    /// </summary>
    public static IReadOnlyList<string> FromLatin(string name)
    {
        var letters = Letters(name);
        var keys = new HashSet<string>(StringComparer.Ordinal) { Latin(letters, jIsGlide: false) };
        keys.Add(Latin(letters, jIsGlide: true));
        keys.Add(Latin(letters, jIsGlide: false, nonRhotic: true));
        if (letters.Length > 1 && letters[0] is 'l' or 'r')
        {
            keys.Add(Latin(letters[1..], jIsGlide: false));
        }

        return [.. keys];
    }

    /// <summary>
    /// The keys an indexed Latin word carries: its plain and its non-rhotic reading (the two ways Korean writes an r),
    /// so a Korean question naming 고든 or 컴퓨터 finds an English article about Gordon or computers.
    /// </summary>
    public static IReadOnlyList<string> FromLatinWord(string word)
    {
        var letters = Letters(word);
        var plain = Latin(letters, jIsGlide: false);
        var nonRhotic = Latin(letters, jIsGlide: false, nonRhotic: true);
        return plain == nonRhotic ? [plain] : [plain, nonRhotic];
    }

    /// <summary>The word's ASCII letters in lower case, as the Latin keys read them.</summary>
    public static string Letters(string word) => new(word.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());

    /// <summary>True when two keys name the same thing (a trailing S is tolerated: Brussels, 브뤼셀).</summary>
    public static bool Same(string a, string b)
    {
        if (a.Length < MinimumLength || b.Length < MinimumLength)
        {
            return false;
        }

        return a == b || a == b + "S" || b == a + "S";
    }

    private static string Latin(string letters, bool jIsGlide, bool nonRhotic = false)
    {
        var key = new StringBuilder();
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            switch (c)
            {
                case 'c' when next == 'h': Append(key, 'J'); i++; break;
                case 's' when next == 'h': Append(key, 'S'); i++; break;
                case 't' when next == 'h': Append(key, 'T'); i++; break;
                case 'p' when next == 'h': Append(key, 'P'); i++; break;
                case 'c' when next == 'k': Append(key, 'K'); i++; break;
                case 'n' when next == 'g' && !IsVowel(i + 2 < letters.Length ? letters[i + 2] : '\0'): Append(key, 'N'); i++; break;
                case 'c': Append(key, next is 'e' or 'i' or 'y' ? 'S' : 'K'); break;
                case 'x': Append(key, 'K'); Append(key, 'S'); break;
                case 'g' or 'k' or 'q': Append(key, 'K'); break;
                case 'b' or 'p' or 'f' or 'v': Append(key, 'P'); break;
                case 'd' or 't': Append(key, 'T'); break;
                case 'r' when nonRhotic && !IsVowel(next): break;
                case 'l' or 'r': Append(key, 'L'); break;
                case 'm': Append(key, 'M'); break;
                case 'n': Append(key, 'N'); break;
                case 's': Append(key, 'S'); break;
                case 'z': Append(key, 'J'); break;
                case 'j': Append(key, jIsGlide ? ' ' : 'J'); break;
                case 'h' when i == 0 || (IsVowel(letters[i - 1]) && IsVowel(next)): Append(key, 'H'); break;
                default: Append(key, ' '); break; // vowels, w, y, silent h
            }
        }

        return key.ToString();
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void Append(StringBuilder key, char consonantClass)
    {
        if (consonantClass != ' ' && (key.Length == 0 || key[^1] != consonantClass))
        {
            key.Append(consonantClass);
        }
    }
}
