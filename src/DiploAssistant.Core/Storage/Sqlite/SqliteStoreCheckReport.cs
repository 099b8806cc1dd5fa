namespace DiploAssistant.Core.Storage.Sqlite;

/// <summary>
/// What <see cref="SqliteStoreCheck"/> found: counts, every problem in words (none means the store is whole), and one
/// fingerprint per document so two stores can be compared document by document.
/// </summary>
/// <param name="Documents">Rows in <c>documents</c>.</param>
/// <param name="Chunks">Rows in <c>chunks</c>.</param>
/// <param name="Problems">Integrity failures and half-written documents; empty when the store is consistent.</param>
/// <param name="Fingerprints">Document id to a hash of its stored row, its chunks and their vectors (not when it was loaded).</param>
public sealed record SqliteStoreCheckReport(
    int Documents,
    int Chunks,
    IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, string> Fingerprints)
{
    public bool IsConsistent => Problems.Count == 0;
}
