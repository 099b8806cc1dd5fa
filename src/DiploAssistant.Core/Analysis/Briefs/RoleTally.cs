using System.Globalization;
using DiploAssistant.Core.Answering;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>Counts the roles the articles give a name, each cited by the articles that give it (one citation per article).</summary>
internal sealed class RoleTally
{
    public const int MaxRoles = 5;
    public const int CitationsPerRole = 3;

    private readonly Dictionary<string, (string Role, List<(RetrievedChunk Source, string Quote)> Reports)> _roles = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string sentence, RetrievedChunk source, NameForms names)
    {
        foreach (var (start, length) in names.Find(sentence))
        {
            var role = HangulText.ContainsSyllable(sentence.Substring(start, length))
                ? Briefs.KoreanRoles.Find(sentence, start, length)
                : Briefs.EnglishRoles.Find(sentence, start, length);
            if (string.IsNullOrWhiteSpace(role))
            {
                continue;
            }

            if (!_roles.TryGetValue(role, out var entry))
            {
                _roles[role] = entry = (role, []);
            }

            if (entry.Reports.TrueForAll(r => r.Source.Document.Id != source.Document.Id))
            {
                entry.Reports.Add((source, sentence));
            }
        }
    }

    /// <summary>The roles most articles give first, citations numbered from 1.</summary>
    public IReadOnlyList<BriefRole> Roles()
    {
        var n = 0;
        return _roles.Values
            .OrderByDescending(r => r.Reports.Count)
            .Take(MaxRoles)
            .Select(r => new BriefRole(r.Role, r.Reports.Take(CitationsPerRole).Select(x => Cite(++n, x.Source, x.Quote)).ToList()))
            .ToList();
    }

    private static Citation Cite(int n, RetrievedChunk source, string quote) => new(
        n,
        source.Document.Id,
        source.Document.Title,
        source.Document.Source,
        source.Document.Url,
        source.Document.Uri,
        source.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        quote,
        source.Score);
}
