using System.CommandLine;
using System.Globalization;
using DiploAssistant.Cli.Output;
using DiploAssistant.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace DiploAssistant.Cli.Commands;

/// <summary><c>diplo search "QUESTION" [--top K] [--json]</c> and <c>diplo search --questions FILE.jsonl --top K</c>: retrieval only.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var question = new Argument<string?>("question") { Description = "The question or search text.", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int>("--top") { Description = "How many chunks to return.", DefaultValueFactory = _ => 10 };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var questions = CommonOptions.Questions();
        var filters = new FilterOptions();
        var command = new Command("search", "Show the ranked passages retrieved for a question.") { question, top, store, json, questions };
        filters.AddTo(command);
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError("--top must be between 1 and 1000.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var batch = result.GetValue(questions);
            var text = result.GetValue(question);
            if (batch is null && string.IsNullOrWhiteSpace(text))
            {
                throw new UsageException("search needs a question, or --questions FILE.jsonl.");
            }

            await using var services = CoreServices.Create(result.GetValue(store));
            var retriever = services.GetRequiredService<HybridRetriever>();
            var defaults = filters.Read(result);
            var k = result.GetValue(top);
            if (batch is not null)
            {
                return await BatchRunner.RunAsync(console, batch, async q =>
                {
                    var hits = await retriever.RetrieveAsync(q.Question, q.Filters(defaults), k, cancellationToken).ConfigureAwait(false);
                    return CliJson.SerializeWithId(q.Id, new { results = hits.Select(h => new { documentId = h.Document.Id, chunkId = h.Chunk.Id, score = h.Score }) });
                }).ConfigureAwait(false);
            }

            var found = await retriever.RetrieveAsync(text!, defaults, k, cancellationToken).ConfigureAwait(false);
            await WriteAsync(console.Out, text!, found, result.GetValue(json)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, string question, IReadOnlyList<RetrievedChunk> found, bool asJson)
    {
        if (asJson)
        {
            await output.WriteLineAsync(CliJson.Serialize(new
            {
                question,
                results = found.Select((h, i) => new
                {
                    rank = i + 1,
                    documentId = h.Document.Id,
                    chunkId = h.Chunk.Id,
                    score = h.Score,
                    title = h.Document.Title,
                    source = h.Document.Source,
                    published = h.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    text = h.Chunk.Text,
                }),
            })).ConfigureAwait(false);
            return;
        }

        for (var i = 0; i < found.Count; i++)
        {
            var hit = found[i];
            var snippet = hit.Chunk.Text.ReplaceLineEndings(" ");
            snippet = snippet.Length > 160 ? string.Concat(snippet.AsSpan(0, 159), "…") : snippet;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{i + 1,2}. {hit.Score:0.000}  {hit.Chunk.Id}  {hit.Document.Title}")).ConfigureAwait(false);
            await output.WriteLineAsync($"    {snippet}").ConfigureAwait(false);
        }
    }
}
