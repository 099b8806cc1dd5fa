using DiploAssistant.Core.Analysis.Events;
using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text;

namespace DiploAssistant.Core.Analysis.Briefs;

/// <summary>
/// Briefs on a person ("who is 위성락?", "Kaja Kallas"): the articles naming them are retrieved in both languages, the
/// roles their appositions give are counted, and the dated sentences naming them become the events they record.
/// </summary>
public sealed class EntityBriefService
{
    public const int ChunksRead = 60;
    public const int MaxEvents = 30;

    private readonly HybridRetriever _retriever;
    private readonly StoredNameLearner _learner;

    public EntityBriefService(HybridRetriever retriever, IDocumentStore store, NameLexicon names)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(names);
        _retriever = retriever;
        _learner = new StoredNameLearner(store, names);
    }

    /// <summary>The brief on the name a query names ("who is X?", "X은 누구?", or the name alone).</summary>
    public async Task<EntityBrief> BriefAsync(string query, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var name = BriefQuery.Name(query);
        if (name.Length == 0)
        {
            throw new ArgumentException("The query names no one.", nameof(query));
        }

        // The pairs articles wrote ("카야 칼라스(Kaja Kallas)") give the other-script forms to search and match.
        await _learner.EnsureLearnedAsync(cancellationToken).ConfigureAwait(false);
        var forms = NameForms.For(name, _learner.Names);
        var chunks = new List<RetrievedChunk>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms.Forms.Take(3))
        {
            foreach (var chunk in await _retriever.RetrieveAsync(form, SearchFilters.None, ChunksRead, cancellationToken).ConfigureAwait(false))
            {
                if (seen.Add(chunk.Chunk.Id))
                {
                    chunks.Add(chunk);
                }
            }
        }

        var roles = new RoleTally();
        foreach (var chunk in chunks)
        {
            foreach (var sentence in SentenceSplitter.Split(chunk.Chunk.Text))
            {
                roles.Add(EventCandidates.Clean(sentence.Text), chunk, forms);
            }
        }

        var listedRoles = roles.Roles();
        var offset = listedRoles.Sum(r => r.Citations.Count);
        var events = EventAssembler.Assemble(EventCandidates.Find(chunks, (sentence, _) => forms.IsNamedIn(sentence)), null, null, MaxEvents)
            .Select(e => e with { Citations = e.Citations.Select(c => c with { N = c.N + offset }).ToList() })
            .ToList();
        var nothing = listedRoles.Count == 0 && events.Count == 0;
        return new EntityBrief(name, forms.Forms, listedRoles, events, nothing ? NoBrief(name) : null);
    }

    private static string NoBrief(string name) => HangulText.ContainsSyllable(name)
        ? $"불러온 기사에서 '{name}'의 직함이나 날짜가 있는 활동을 찾지 못했습니다."
        : $"The loaded articles give no role or dated event for '{name}'.";
}
