namespace DiploAssistant.Core.Languages;

/// <summary>
/// Names of two consonants (Rutte, 뤼터; Pojar, 포야르) have a <see cref="PhoneticKey"/> too short to trust alone. They
/// are the same name when their consonant keys agree, they have as many vowels (Korean's epenthetic 으 of 르, 스 not
/// counted; an English silent final e either way), and their first vowels can be the same sound.
/// </summary>
internal static class ShortNameSound
{
    /// <summary>The consonant key length this check is for.</summary>
    public const int KeyLength = 2;

    // What Latin vowel each Hangul vowel may stand for in a transcribed name, ㅏ … ㅣ.
    private static readonly string[] Vowels =
        ["aou", "ea", "a", "e", "oeua", "e", "o", "e", "oa", "a", "e", "e", "o", "uo", "o", "e", "uie", "u", "u", "i", "iey"];

    private const int Eu = 18; // ㅡ

    public static bool Same(string hangul, string latin)
    {
        var syllables = hangul.Where(HangulText.IsSyllable).ToArray();
        var letters = PhoneticKey.Letters(latin);
        if (syllables.Length < 2 || letters.Length < 4 || !char.IsUpper(latin.FirstOrDefault(char.IsLetter)))
        {
            return false;
        }

        var key = PhoneticKey.FromHangul(hangul);
        if (key.Length != KeyLength || !PhoneticKey.FromLatin(latin).Contains(key))
        {
            return false;
        }

        var nuclei = syllables.Where(s => HangulText.Medial(s) != Eu || HangulText.Final(s) != 0).ToArray();
        var groups = VowelGroups(letters);
        var silentE = letters.Length > 2 && letters[^1] == 'e' && !PhoneticKey.IsVowel(letters[^2]) ? 1 : 0;
        return nuclei.Length > 0 && groups.Count > 0
            && (nuclei.Length == groups.Count || nuclei.Length == groups.Count - silentE)
            && Vowels[HangulText.Medial(nuclei[0])].Contains(groups[0][0]);
    }

    private static List<string> VowelGroups(string letters)
    {
        var groups = new List<string>();
        for (var i = 0; i < letters.Length; i++)
        {
            if (!PhoneticKey.IsVowel(letters[i]))
            {
                continue;
            }

            var start = i;
            while (i + 1 < letters.Length && PhoneticKey.IsVowel(letters[i + 1]))
            {
                i++;
            }

            groups.Add(letters[start..(i + 1)]);
        }

        return groups;
    }
}
