using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiploAssistant.Bench.Peers;

/// <summary>
/// MiniSearch and FlexSearch (npm, pinned in bench/peers/package.json) run by <c>node bench/peers/search.mjs</c> over the
/// same documents and queries; when node or the packages are missing, the reason is returned and those peers are skipped.
/// </summary>
internal sealed class NodePeers(string repositoryRoot, string workDirectory, TextWriter log)
{
    private string PeersDirectory => Path.Combine(repositoryRoot, "bench", "peers");

    /// <summary>The rankings of every node engine (each with and, when queries carry a window, without it), or the reason they were skipped.</summary>
    public async Task<(IReadOnlyList<EngineRanking> Engines, string? Skipped)> RunAsync(
        IReadOnlyList<PeerDocument> documents,
        IReadOnlyList<PeerQuery> queries,
        int limit,
        CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(PeersDirectory, "node_modules", "minisearch")) ||
            !Directory.Exists(Path.Combine(PeersDirectory, "node_modules", "flexsearch")))
        {
            return ([], "npm packages missing: run `npm ci --prefix bench/peers` (bench/run does)");
        }

        Directory.CreateDirectory(workDirectory);
        var input = Path.Combine(workDirectory, $"peers-{Guid.NewGuid():N}.json");
        await WriteInputAsync(input, documents, queries, limit, cancellationToken);
        try
        {
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = PeersDirectory,
            };
            start.ArgumentList.Add("--max-old-space-size=3072");
            start.ArgumentList.Add(Path.Combine(PeersDirectory, "search.mjs"));
            start.ArgumentList.Add(input);
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                return ([], $"node is not installed ({exception.Message})");
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
                var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
                await process.WaitForExitAsync(cancellationToken);
                if (process.ExitCode != 0)
                {
                    var error = (await stderr).Trim();
                    log.WriteLine(error);
                    return ([], $"node exited with code {process.ExitCode}: {error.Split('\n').FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal)) ?? error}");
                }

                return (Parse(await stdout), null);
            }
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static async Task WriteInputAsync(string path, IReadOnlyList<PeerDocument> documents, IReadOnlyList<PeerQuery> queries, int limit, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("limit", limit);
        json.WriteStartArray("docs");
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            json.WriteString("title", document.Title);
            json.WriteString("text", document.Text);
            WriteDate(json, "date", document.Published);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("queries");
        foreach (var query in queries)
        {
            json.WriteStartObject();
            json.WriteString("id", query.Id);
            json.WriteString("text", query.Text);
            WriteDate(json, "from", query.From);
            WriteDate(json, "to", query.To);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static List<EngineRanking> Parse(string output)
    {
        var root = JsonNode.Parse(output)!.AsObject();
        var engines = new List<EngineRanking>();
        foreach (var engine in root["engines"]!.AsArray())
        {
            var rankings = engine!["rankings"]!.AsObject().ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<string>)p.Value!.AsArray().Select(id => id!.GetValue<string>()).ToList(),
                StringComparer.Ordinal);
            engines.Add(new EngineRanking(
                engine["name"]!.GetValue<string>(),
                rankings,
                TimeSpan.FromSeconds(engine["indexSeconds"]!.GetValue<double>()),
                TimeSpan.FromSeconds(engine["querySeconds"]!.GetValue<double>())));
        }

        return engines;
    }
}
