namespace DiploAssistant.Core.Languages;

/// <summary>Removes a trailing case particle from a Korean word (조현이 → 조현, 헤이그에서 → 헤이그).</summary>
internal static class KoreanParticles
{
    // Longest first, so 에서는 wins over 는.
    private static readonly string[] Particles =
    [
        "에서는", "에서도", "에게서", "으로는", "으로서", "으로써", "과의", "와의", "에서", "에게", "한테", "으로", "까지", "부터",
        "처럼", "보다", "이나", "에는", "에도", "와는", "과는", "은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "도", "로", "께",
    ];

    /// <summary>The word without its particle (측과 → 측); a word that is all particle is kept whole.</summary>
    public static string Strip(string word)
    {
        foreach (var particle in Particles)
        {
            if (word.Length > particle.Length && word.EndsWith(particle, StringComparison.Ordinal))
            {
                return word[..^particle.Length];
            }
        }

        return word;
    }
}
