using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Identity;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Gives each loaded article the id that belongs to its origin, so that no input overwrites another's document. An article
/// takes the id its name gives (<c>notes</c>, <c>dump-3</c>, a stated id) when that id is free or already its origin's; when
/// another origin holds it, it takes the same id with its origin's tag (<c>notes-1a2b3c4d</c>), unless it was asked to
/// replace. The owner of a stored id is read from the tag its content hash starts with; a hash written by an earlier
/// version has none, and its document is this input's only when it is this input's content under the uri that version recorded.
/// </summary>
internal sealed class DocumentIdentityResolver(IDocumentStore store, ContentHasher hasher)
{
    public async Task<IReadOnlyList<ResolvedArticle>> ResolveAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var keys = articles.Select(a => (Article: a, Origin: a.Origin ?? new DocumentOrigin("uri:" + a.Document.Uri), Base: BaseId(a))).ToList();
        var lookup = keys.SelectMany(k => new[] { k.Base, Tagged(k.Base, k.Origin.Tag) }).Distinct(StringComparer.Ordinal).ToList();
        var stored = await store.GetContentHashesAsync(lookup, cancellationToken).ConfigureAwait(false);

        // Ids claimed earlier in this batch, not yet in the store: base id → origin tag.
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        var decided = new Dictionary<(string Base, string Tag), (string Id, IdentityNote Note)>();
        var resolved = new List<ResolvedArticle>(articles.Count);
        foreach (var (article, origin, baseId) in keys)
        {
            var tag = origin.Tag;
            if (!decided.TryGetValue((baseId, tag), out var decision))
            {
                decision = Decide(article, origin, baseId, stored, claimed);
                decided[(baseId, tag)] = decision;
                claimed[decision.Id] = tag;
            }

            resolved.Add(new ResolvedArticle(WithBase(article, baseId, decision.Id), tag, decision.Note, decision.Id == baseId ? null : baseId));
        }

        return resolved;
    }

    private (string Id, IdentityNote Note) Decide(
        Article article, DocumentOrigin origin, string baseId, IReadOnlyDictionary<string, string> stored, Dictionary<string, string> claimed)
    {
        var tag = origin.Tag;
        var tagged = Tagged(baseId, tag);
        if (claimed.TryGetValue(baseId, out var claimant))
        {
            return claimant == tag || origin.Replace ? (baseId, IdentityNote.None) : (tagged, IdentityNote.BesideAnother);
        }

        if (stored.ContainsKey(tagged))
        {
            return (tagged, IdentityNote.BesideAnother);
        }

        if (!stored.TryGetValue(baseId, out var hash))
        {
            return (baseId, IdentityNote.None);
        }

        var owner = ContentHasher.OriginTagOf(hash);
        if (owner == tag)
        {
            return (baseId, IdentityNote.None);
        }

        if (owner is null && (origin.OwnsLegacyId || IsLegacyVersionOf(article, origin, baseId, hash)))
        {
            return (baseId, IdentityNote.Migrated);
        }

        return origin.Replace ? (baseId, IdentityNote.Replaced) : (tagged, IdentityNote.BesideAnother);
    }

    /// <summary>Whether an earlier version stored exactly this article under <paramref name="baseId"/> (only a page's first story can tell).</summary>
    private bool IsLegacyVersionOf(Article article, DocumentOrigin origin, string baseId, string storedHash) =>
        article.Document.Id == baseId && origin.LegacyUris.Any(uri => hasher.LegacyHash(article, uri) == storedHash);

    /// <summary>The id a page's first story has: the story itself, or the page a related story points to.</summary>
    private static string BaseId(Article article) =>
        article.Metadata.TryGetValue("relatedTo", out var page) && article.Document.Id.StartsWith(page + "#", StringComparison.Ordinal)
            ? page
            : article.Document.Id;

    private static string Tagged(string baseId, string tag) => baseId + "-" + tag;

    private static Article WithBase(Article article, string oldBase, string newBase)
    {
        if (oldBase == newBase)
        {
            return article;
        }

        var metadata = new Dictionary<string, string>(article.Metadata);
        if (metadata.ContainsKey("relatedTo"))
        {
            metadata["relatedTo"] = newBase;
        }

        var id = newBase + article.Document.Id[oldBase.Length..];
        return article with { Document = article.Document with { Id = id }, Metadata = metadata };
    }
}
