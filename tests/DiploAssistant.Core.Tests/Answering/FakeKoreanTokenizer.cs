using System.Text.RegularExpressions;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Text.Tokens;

namespace DiploAssistant.Core.Tests.Answering;

/// <summary>A stand-in for the real tokenizer: lower-case words, Korean words without a few particles, and Hangul bigrams.</summary>
internal sealed partial class FakeKoreanTokenizer : ITextTokenizer
{
    private static readonly string[] Particles = ["에서", "은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "도"];

    public string Identity => "fake-korean/1";

    public IReadOnlyList<string> TokenizeDocument(string text) => Tokenize(text);

    public IReadOnlyList<string> TokenizeQuery(string text) => Tokenize(text);

    private static List<string> Tokenize(string text)
    {
        var terms = new List<string>();
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            var word = match.Value;
            if (!HangulText.IsSyllable(word[0]))
            {
                terms.Add(word);
                continue;
            }

            var particle = Particles.FirstOrDefault(p => word.Length > p.Length + 1 && word.EndsWith(p, StringComparison.Ordinal));
            terms.Add(particle is null ? word : word[..^particle.Length]);
            for (var i = 0; i + 1 < word.Length; i++)
            {
                terms.Add(word.Substring(i, 2));
            }
        }

        return terms;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
