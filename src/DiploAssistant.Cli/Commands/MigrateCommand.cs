using System.CommandLine;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using DiploAssistant.Core.Text.Tokens;
using DiploAssistant.Storage.Postgres;
using DiploAssistant.Storage.Postgres.Migration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DiploAssistant.Cli.Commands;

/// <summary>
/// <c>diplo migrate --to-postgres "CONNECTION STRING" [--store DIR]</c>: copies the SQLite store (vectors included, nothing
/// re-embedded) and its remembered conversations into PostgreSQL. Re-running is safe and resumes: documents and turns already
/// copied are left alone.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Option<string>("--to-postgres")
        {
            Description = "Connection string of the PostgreSQL database (with pgvector) to copy the store into.",
            Required = true,
        };
        var store = CommonOptions.Store();
        var command = new Command("migrate", "Copy the SQLite store and its conversations into PostgreSQL (then run with Store:Provider=Postgres).") { target, store };
        command.SetAction(async (result, cancellationToken) =>
        {
            var connectionString = result.GetValue(target)!;
            EnsureConnectionString(connectionString);
            await using var services = CoreServices.Create(result.GetValue(store));
            var source = DataDirectory.Resolve(services.GetRequiredService<IOptions<StoreOptions>>().Value.Path);
            if (!File.Exists(Path.Combine(source, Core.Storage.Sqlite.SqliteDocumentStore.FileName)))
            {
                throw new UsageException($"There is no SQLite store in {source} (give its folder with --store).");
            }

            await using var postgres = new PostgresDocumentStore(
                connectionString, services.GetRequiredService<ITextTokenizer>(), services.GetRequiredService<TimeProvider>());
            var copied = 0;
            try
            {
                var report = await new StoreMigrator().MigrateAsync(
                    source, postgres, new InlineProgress<int>(n => console.Error.Write($"\rcopied {copied = n} documents")), cancellationToken).ConfigureAwait(false);
                await console.Error.WriteLineAsync().ConfigureAwait(false);
                await console.Out.WriteLineAsync(
                    $"migrated {report.Documents} documents from {source} to PostgreSQL: {report.Added} added, {report.Updated} updated, " +
                    $"{report.Unchanged} unchanged; {report.Chunks} chunks written; embedder {report.Embedder?.ToString() ?? "none"}; " +
                    $"{report.ConversationTurnsCopied} conversation turns copied, {report.ConversationTurnsAlreadyThere} already there").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is NpgsqlException or DiploException and not EmbedderMismatchException)
            {
                // Each batch commits on its own; a re-run skips what was copied, so the message says how far it got.
                await console.Error.WriteLineAsync().ConfigureAwait(false);
                await console.Error.WriteLineAsync($"migration stopped after {copied} documents: {e.Message} (run it again to continue)").ConfigureAwait(false);
                return ExitCodes.PartialFailure;
            }
        });
        return command;
    }

    private static void EnsureConnectionString(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new UsageException("--to-postgres needs a connection string (e.g. \"Host=...;Database=...;Username=...\").");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--to-postgres is not a PostgreSQL connection string: {e.Message}");
        }
    }
}
