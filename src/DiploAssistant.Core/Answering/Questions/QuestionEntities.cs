using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Languages;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>Finds what a question names: runs of capitalized English words, and Korean nouns that are not generic.</summary>
internal static class QuestionEntities
{
    private static readonly string[] RunConnectors = ["of", "and", "for"];

    public static IReadOnlyList<QuestionEntity> Find(string question)
    {
        var words = TextWords.Find(question);
        var entities = new List<QuestionEntity>();
        AddLatinRuns(question, words, entities);
        AddKoreanNouns(question, words, entities);
        entities.AddRange(QuestionConstraints.Find(question));
        return entities;
    }

    private static void AddLatinRuns(string question, IReadOnlyList<TextWord> words, List<QuestionEntity> entities)
    {
        var run = new List<TextWord>();
        TextWord? previous = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var adjacent = previous is not null && TextWords.Adjacent(question, previous, word);
            if (IsNamePart(words, i))
            {
                if (!adjacent)
                {
                    Flush(question, run, entities);
                }

                run.Add(word);
                previous = word;
                continue;
            }

            var connects = run.Count > 0 && adjacent && RunConnectors.Contains(word.Text)
                && i + 1 < words.Count && IsNamePart(words, i + 1) && TextWords.Adjacent(question, word, words[i + 1]);
            if (!connects)
            {
                Flush(question, run, entities); // "Security and Defense Dialogue" stays one name
            }
            else if (word.Text == "and")
            {
                run.Add(word); // kept: each side of "Cho Hyun and Kaja Kallas" must be found
            }

            previous = word;
        }

        Flush(question, run, entities);
    }

    private static bool IsNamePart(IReadOnlyList<TextWord> words, int i)
    {
        var word = words[i];
        if (!word.IsCapitalized || (!word.IsAllCaps && QuestionVocabulary.IsEnglishStopWord(TextWords.Fold(word.Text))))
        {
            return false;
        }

        // The first word is capitalized anyway; trust it only as part of a longer name or as an acronym.
        return i > 0 || word.IsAllCaps || (words.Count > 1 && words[1].IsCapitalized);
    }

    private static void Flush(string question, List<TextWord> run, List<QuestionEntity> entities)
    {
        if (run.Count == 0)
        {
            return;
        }

        var sides = Sides(run);
        if (sides.Count > 1 && sides.All(IsKnownCountry))
        {
            // "the Netherlands and Japan": two countries, each of which the answer must concern.
            entities.AddRange(sides.Select(side => Entity(question, side)));
        }
        else
        {
            entities.Add(Entity(question, run)); // "Cho Hyun and Kaja Kallas": either side may be spelled otherwise there
        }

        run.Clear();
    }

    private static QuestionEntity Entity(string question, IReadOnlyList<TextWord> words) =>
        new(question[words[0].Index..words[^1].End], words.Select(w => w.Text).ToList(), IsHangul: false, Kind: EntityKind.Name);

    private static List<List<TextWord>> Sides(List<TextWord> run)
    {
        var sides = new List<List<TextWord>> { new() };
        foreach (var word in run)
        {
            if (word.Text == "and")
            {
                sides.Add([]);
            }
            else
            {
                sides[^1].Add(word);
            }
        }

        return sides;
    }

    /// <summary>A country or bloc the glossary knows by this English name (Japan, South Korea, EU).</summary>
    private static bool IsKnownCountry(IReadOnlyList<TextWord> words) =>
        words.Count > 0 && BilingualGlossary.Default.ForEnglish(TextWords.Fold(string.Join(' ', words.Select(w => w.Text)))).Any(e => e.Kind == GlossaryKind.Name);

    /// <summary>A verb made a noun (열기로) or a word that starts with a glossary action (방문을): not a name to look for.</summary>
    private static bool IsVerb(string stem) =>
        (stem.Length > 1 && stem.EndsWith('기')) // 열기로, 강화하기: a verb made a noun
        || BilingualGlossary.Default.FindKorean(stem).Any(m => m.Entry.Kind == GlossaryKind.Action && stem.StartsWith(m.Form, StringComparison.Ordinal));

    private static int FirstWordIndex(string question) => TextWords.Find(question) is [var first, ..] ? first.Index : -1;

    /// <summary>A country or bloc the glossary knows (네덜란드, 일본): a name, not a noun said in other words.</summary>
    private static bool IsCountry(string stem) => BilingualGlossary.Default.IsKoreanName(stem);

    private static void AddKoreanNouns(string question, IReadOnlyList<TextWord> words, List<QuestionEntity> entities)
    {
        var hangul = words.Where(w => w.IsHangul).ToList();
        for (var i = 0; i < hangul.Count; i++)
        {
            var word = hangul[i].Text;
            var stem = KoreanParticles.Strip(word);
            var beforeTitle = i + 1 < hangul.Count && TextWords.Adjacent(question, hangul[i], hangul[i + 1]) && PersonTitles.IsTitle(hangul[i + 1].Text);
            if (stem.Length < 2 && word.Length >= 2 && beforeTitle)
            {
                stem = word; // 왕이 외교부장: a name before a title, not 왕 with the particle 이
            }

            var isPredicate = i == hangul.Count - 1 && stem == word; // 만났나, 논의했나: the question's verb
            if (stem.Length < 2 || isPredicate || QuestionVocabulary.IsKoreanInterrogative(word) || QuestionVocabulary.IsKoreanGenericNoun(stem) || IsVerb(stem)
                || (!beforeTitle && (KoreanWordForms.IsVerbal(word) || KoreanWordForms.IsVerbal(stem) || KoreanWordForms.IsAnswerNoun(stem))))
            {
                continue;
            }

            // A name written as two words (카야 칼라스): its first word alone may be too short to find in Latin script.
            var followedBy = stem == word && i + 1 < hangul.Count && TextWords.Adjacent(question, hangul[i], hangul[i + 1])
                ? KoreanParticles.Strip(hangul[i + 1].Text)
                : null;

            // The question's first noun, when it opens the question, is what it is about (금강산을 …, 방시혁은 …): an article
            // that never names it answers about something else.
            var opens = i == 0 && hangul[i].Index == FirstWordIndex(question) && !entities.Any(e => e.IsHangul);
            var kind = beforeTitle || IsCountry(stem) ? EntityKind.Name : opens ? EntityKind.Topic : EntityKind.Noun;
            entities.Add(new QuestionEntity(stem, [stem], IsHangul: true, followedBy, kind));
        }
    }
}
