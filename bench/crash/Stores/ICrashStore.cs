using DiploAssistant.Core.Storage.Sqlite;

namespace DiploAssistant.Bench.Crash.Stores;

/// <summary>The store a crash run kills writers of: how a child process is pointed at one named store, and how it is checked.</summary>
internal interface ICrashStore : IAsyncDisposable
{
    /// <summary>"SQLite", "Postgres" or "Postgres (PGlite)", for the results.</summary>
    string Name { get; }

    /// <summary>How a store is checked after a kill, in words for the results file.</summary>
    string CheckDescription { get; }

    /// <summary>Notes found while checking (e.g. that an optional check was not available); not failures.</summary>
    IReadOnlyCollection<string> Notes { get; }

    /// <summary>Arguments that point <c>diplo ingest</c> at the store called <paramref name="name"/>.</summary>
    IReadOnlyList<string> IngestArguments(string name);

    /// <summary>Environment that points diplo or the server at the store called <paramref name="name"/>.</summary>
    IReadOnlyDictionary<string, string> Environment(string name);

    /// <summary>Makes <paramref name="to"/> a copy of <paramref name="from"/>; false when this store cannot copy (load it again instead).</summary>
    bool TryCopy(string from, string to);

    /// <summary>Checks the store called <paramref name="name"/>: every problem in words, and each document's fingerprint.</summary>
    Task<SqliteStoreCheckReport> CheckAsync(string name, CancellationToken cancellationToken);
}
