using DiploAssistant.Core.Answering.Extractive;

namespace DiploAssistant.Core.Answering.Questions;

/// <summary>
/// Korean news names a person in full once (위성락 국가안보실장) and then by surname and title (위 실장은). This finds
/// an article's full names before titles and tells which of them a sentence's "surname + title" refers to.
/// </summary>
internal sealed class SurnameReferences
{
    private readonly Dictionary<char, List<string>> _namesBySurname = [];

    public SurnameReferences(IEnumerable<string> articleTexts)
    {
        foreach (var text in articleTexts)
        {
            var words = TextWords.Find(text).Where(w => w.IsHangul).ToList();
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var name = words[i].Text;
                var titled = PersonTitles.IsTitle(words[i + 1].Text)
                    || (i + 2 < words.Count && PersonTitles.IsTitle(words[i + 2].Text) && !PersonTitles.IsTitle(words[i + 1].Text));
                if (name.Length is >= 2 and <= 4 && titled && !PersonTitles.IsTitle(name))
                {
                    var names = _namesBySurname.TryGetValue(name[0], out var found) ? found : _namesBySurname[name[0]] = [];
                    if (!names.Contains(name, StringComparer.Ordinal))
                    {
                        names.Add(name);
                    }
                }
            }
        }
    }

    /// <summary>The full names a sentence refers to by surname and title ("위 실장은" → 위성락), when the surname is unambiguous.</summary>
    public IReadOnlyList<string> In(string sentence)
    {
        var words = TextWords.Find(sentence).Where(w => w.IsHangul).ToList();
        var names = new List<string>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Text.Length == 1
                && PersonTitles.IsTitle(words[i + 1].Text)
                && _namesBySurname.TryGetValue(words[i].Text[0], out var candidates)
                && candidates.Count == 1)
            {
                names.Add(candidates[0]);
            }
        }

        return names;
    }
}
