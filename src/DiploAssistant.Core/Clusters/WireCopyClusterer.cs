using DiploAssistant.Core.Documents;

namespace DiploAssistant.Core.Clusters;

/// <summary>
/// Keeps wire-copy clusters right as documents are written and removed, inside the store's transaction: a written document
/// first leaves its former cluster (which regroups without it), then joins the clusters of the candidates its bands find that
/// are copies of it (merged into one, represented by the earliest document); a removed one only leaves. The outcome is the
/// connected groups of copies, whatever the order of loading.
/// </summary>
public sealed class WireCopyClusterer(IClusterRows rows)
{
    /// <summary>
    /// Clusters a document just written; a null signature makes it its own cluster. <paramref name="replaced"/> says it was
    /// stored before (its old version leaves its cluster first); a new one has no rows to leave.
    /// </summary>
    public async Task WriteAsync(DocumentInfo document, MinHashSignature? signature, bool replaced, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (replaced)
        {
            await LeaveAsync(document.Id, cancellationToken).ConfigureAwait(false);
        }

        var self = new ClusterMember(document.Id, document.Id, document.Title, document.Published, signature);
        if (signature is null)
        {
            await rows.AddAsync(document.Id, document.Id, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var candidates = await rows.CandidatesAsync(signature.BandKeys(), cancellationToken).ConfigureAwait(false);
        var joined = candidates
            .Where(c => c.DocumentId != document.Id && WireCopyMatch.AreCopies(self, c))
            .Select(c => c.ClusterId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (joined.Count == 0)
        {
            await rows.AddAsync(document.Id, document.Id, signature, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Each cluster's id is its representative, its earliest document: the earliest of those and the new one leads.
        var representatives = await rows.DocumentsAsync(joined, cancellationToken).ConfigureAwait(false);
        var leader = ClusterRepresentative.Of(representatives.Append(self)).DocumentId;
        var moved = joined.Where(c => c != leader).ToList();
        if (moved.Count > 0)
        {
            await rows.MergeAsync(moved, leader, cancellationToken).ConfigureAwait(false);
        }

        await rows.AddAsync(document.Id, leader, signature, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes a document out of its cluster (before it is deleted or replaced); the others regroup.</summary>
    public async Task LeaveAsync(string documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        var former = await rows.RemoveAsync(documentId, cancellationToken).ConfigureAwait(false);
        if (former is null)
        {
            return;
        }

        var members = await rows.MembersAsync(former, cancellationToken).ConfigureAwait(false);
        if (members.Count == 0)
        {
            return;
        }

        var before = members.ToDictionary(m => m.DocumentId, m => m.ClusterId, StringComparer.Ordinal);
        var changed = ClusterComponents.Assign(members)
            .Where(pair => before[pair.Key] != pair.Value)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        if (changed.Count > 0)
        {
            await rows.AssignAsync(changed, cancellationToken).ConfigureAwait(false);
        }
    }
}
