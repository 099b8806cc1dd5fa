using System.Data.Common;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Ingestion;

/// <summary>
/// Whether an error while embedding or storing is the document's fault (report it and go on with the others) rather than
/// the system's (a mismatched embedder or tokenizer, a lost connection, a bug: stop the run).
/// </summary>
internal static class ItemFailure
{
    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteMismatch = 20;

    public static bool IsCausedByItem(Exception exception) => exception switch
    {
        EmbedderMismatchException => false,
        TokenizerMismatchException => false,
        DiploException => true,
        ArgumentException => true,
        SqliteException { SqliteErrorCode: SqliteTooBig or SqliteConstraint or SqliteMismatch } => true,
        DbException { IsTransient: false, SqlState: { } state } => IsDataOrConstraintError(state),
        _ => false,
    };

    /// <summary>A batch failure not worth retrying document by document: every document would fail the same way now.</summary>
    public static bool IsTransient(Exception exception) => exception is DiploException { IsTransient: true };

    // SQLSTATE class 22 is "data exception" (a bad value, e.g. a NUL character), class 23 "integrity constraint violation".
    private static bool IsDataOrConstraintError(string state) =>
        state.StartsWith("22", StringComparison.Ordinal) || state.StartsWith("23", StringComparison.Ordinal);
}
