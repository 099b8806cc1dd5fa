namespace DiploAssistant.Core.Documents;

/// <summary>A passage of one document: the unit that is indexed, retrieved and quoted.</summary>
/// <param name="Id">"{DocumentId}/{Ordinal}".</param>
/// <param name="DocumentId">The document it belongs to.</param>
/// <param name="Ordinal">Position in the document, from 0.</param>
/// <param name="Text">The passage text (whole sentences).</param>
/// <param name="Start">Character offset of the passage in the article text.</param>
public sealed record Chunk(string Id, string DocumentId, int Ordinal, string Text, int Start)
{
    public static string MakeId(string documentId, int ordinal) => $"{documentId}/{ordinal}";
}
