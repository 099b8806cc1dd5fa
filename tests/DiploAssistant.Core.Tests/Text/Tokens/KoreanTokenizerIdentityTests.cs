using System.Security.Cryptography;
using System.Text;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Text.Tokens;

public sealed class KoreanTokenizerIdentityTests
{
    /// <summary>Text that exercises every kind of term: Hangul words with particles and endings, names, Latin words and their sounds, Hanja, kana, numbers.</summary>
    private static readonly string[] Samples =
    [
        "조현 외교부 장관은 11일(현지시각) 브뤼셀에서 카야 칼라스 EU 외교안보 고위대표와 만나 한-EU 전략대화를 열었다.",
        "조현이 말했다. 조현과 칼라스는 북한 문제를 논의했고, 미국·일본과의 협력도 확인했다.",
        "Foreign Ministers held TALKS with Kallas's team on the Strategic Partnership Agreement.",
        "外交部 報道官は東京で記者会見を開いた。 2026/02/11, 2025.06.26 — 지난달 25일 3.5% 增加",
        "북, 미 정상이 판문점에서 만났다! \"평화\"는 'Denuclearization'과 함께 논의됐습니다?",
        "NATO Secretary-General Mark Rutte met President Lee Jae-myung in Seoul; 이재명 대통령은 러트 사무총장을 접견했다.",
    ];

    /// <summary>
    /// SHA-256 of the document terms of <see cref="Samples"/> for each version. When this test fails, the token output
    /// changed: bump <see cref="KoreanTokenizer.Version"/> and add the new version's fingerprint here, never edit an old one.
    /// </summary>
    private static readonly Dictionary<int, string> PinnedTerms = new()
    {
        [1] = "774FBF452150C64EAD1235A02B7C5CF2ADFCA9FCEAFE6FAC203FE4104A4BFE4B",
    };

    [Fact]
    public void Identity_IsTheNameAndVersion_WithTheDefaultOptions()
    {
        Assert.Equal($"korean/{KoreanTokenizer.Version}", new KoreanTokenizer().Identity);
        Assert.Equal(new KoreanTokenizer().Identity, new KoreanTokenizer(new KoreanTokenizerOptions()).Identity);
    }

    [Fact]
    public void Identity_NamesEveryOptionThatChangesTheTerms()
    {
        var identities = new[]
        {
            new KoreanTokenizer().Identity,
            new KoreanTokenizer(new KoreanTokenizerOptions { Trigrams = true }).Identity,
            new KoreanTokenizer(new KoreanTokenizerOptions { StemmedWords = false }).Identity,
            new KoreanTokenizer(new KoreanTokenizerOptions { SingleSyllables = false }).Identity,
            new KoreanTokenizer(new KoreanTokenizerOptions { StemmedWords = false, SingleSyllables = false, Trigrams = true }).Identity,
        };

        Assert.Equal(identities.Length, identities.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal($"korean/{KoreanTokenizer.Version}+trigrams", identities[1]);
    }

    [Fact]
    public void TokenizeDocument_GivesTheTermsPinnedForItsVersion()
    {
        var terms = string.Join("\n", Samples.Select(s => string.Join(' ', new KoreanTokenizer().TokenizeDocument(s))));
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(terms)));

        Assert.True(
            PinnedTerms.TryGetValue(KoreanTokenizer.Version, out var pinned) && pinned == fingerprint,
            $"The document terms of tokenizer version {KoreanTokenizer.Version} are pinned as {pinned ?? "nothing"} but are now {fingerprint}. " +
            "If the change is meant, bump KoreanTokenizer.Version (stores re-tokenize on their next open) and pin the new fingerprint.");
    }
}
