using System.Collections.Frozen;

namespace DiploAssistant.Core.Text;

/// <summary>Words that end in a period without ending the sentence (titles, months, country initials).</summary>
internal static class EnglishAbbreviations
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
        "st", "jr", "sr", "rev", "hon", "pres", "amb", "dept", "univ", "assn", "bros", "vol", "fig", "ed",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vs", "etc", "approx", "est", "inc", "corp", "co", "ltd", "mt", "ft",
        "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m", "d.c", "s.k", "n.k",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> (without its final period) is an abbreviation or an initial.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsAsciiLetter(word[0]))
        {
            return true; // initials: "S. Korea", "John F. Kennedy"
        }

        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }
}
