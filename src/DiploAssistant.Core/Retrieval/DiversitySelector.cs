namespace DiploAssistant.Core.Retrieval;

/// <summary>Keeps at most N chunks per document among the top results; fills up with the skipped ones when too few documents match.</summary>
internal static class DiversitySelector
{
    public static List<RetrievedChunk> Select(IReadOnlyList<RetrievedChunk> ranked, int top, int maxPerDocument)
    {
        var selected = new List<RetrievedChunk>(top);
        var skipped = new List<RetrievedChunk>();
        var perDocument = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in ranked)
        {
            if (selected.Count == top)
            {
                break;
            }

            var count = perDocument.GetValueOrDefault(chunk.Document.Id);
            if (count < maxPerDocument)
            {
                perDocument[chunk.Document.Id] = count + 1;
                selected.Add(chunk);
            }
            else
            {
                skipped.Add(chunk);
            }
        }

        selected.AddRange(skipped.Take(top - selected.Count));
        return selected.OrderByDescending(c => c.Score).ToList();
    }
}
