using DiploAssistant.Core.Languages;
using DiploAssistant.Core.Storage;

namespace DiploAssistant.Core.Retrieval;

/// <summary>
/// Fills a process's <see cref="NameLexicon"/> from what its store already holds, once, before the first question is
/// translated (a failed read is tried again by the next question); names ingested later in the same process are
/// learned as they are stored.
/// </summary>
internal sealed class StoredNameLearner(IDocumentStore store, NameLexicon names)
{
    private readonly Lock _lock = new();
    private Task? _learning;

    public NameLexicon Names => names;

    public Task EnsureLearnedAsync(CancellationToken cancellationToken)
    {
        Task learning;
        lock (_lock)
        {
            if (_learning is null || _learning.IsFaulted || _learning.IsCanceled)
            {
                _learning = LearnAsync();
            }

            learning = _learning;
        }

        return learning.WaitAsync(cancellationToken);
    }

    private async Task LearnAsync()
    {
        // Not the caller's token: the reading is shared by every question waiting for it.
        foreach (var chunk in await store.ListChunksAsync(CancellationToken.None).ConfigureAwait(false))
        {
            names.LearnFrom(chunk.Text);
        }
    }
}
