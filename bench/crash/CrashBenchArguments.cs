using System.Globalization;

namespace DiploAssistant.Bench.Crash;

/// <summary>The crash bench's command line.</summary>
internal sealed record CrashBenchArguments(string Diplo, string? Server, string Input, string Work)
{
    public const string Usage =
        "usage: DiploAssistant.Bench.Crash --diplo diplo.dll --input DUMP.jsonl [--server DiploAssistant.Server.dll] [--kills N] " +
        "[--server-kills N] [--server-items N] [--every N] [--seed N] [--work DIR] [--keep] [--results FILE.md] " +
        "[--store sqlite|postgres] [--items N] [--repository DIR]";

    public int Kills { get; init; } = 10;

    public int ServerKills { get; init; } = 3;

    public int ServerItems { get; init; } = 5000;

    public int Every { get; init; } = 5;

    public int Seed { get; init; } = 1;

    public bool Keep { get; init; }

    /// <summary>"sqlite" or "postgres".</summary>
    public string Store { get; init; } = "sqlite";

    /// <summary>Only the first this many items of the dump are loaded by the ingest phases (0: all).</summary>
    public int Items { get; init; }

    /// <summary>The repository, for scripts/pglite when Postgres is PGlite.</summary>
    public string Repository { get; init; } = Directory.GetCurrentDirectory();

    public string? Results { get; init; }

    public static CrashBenchArguments? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--keep")
            {
                keep = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        if (!values.TryGetValue("diplo", out var diplo) || !values.TryGetValue("input", out var input))
        {
            return null;
        }

        if (values.TryGetValue("store", out var kind) && kind.ToLowerInvariant() is not ("sqlite" or "postgres"))
        {
            return null;
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new CrashBenchArguments(
            Path.GetFullPath(diplo),
            values.TryGetValue("server", out var server) ? Path.GetFullPath(server) : null,
            Path.GetFullPath(input),
            Path.GetFullPath(values.TryGetValue("work", out var work) ? work : Path.Combine(Path.GetTempPath(), "diplo-crash-" + Guid.NewGuid().ToString("N"))))
        {
            Kills = Number("kills", 10),
            ServerKills = Number("server-kills", 3),
            ServerItems = Number("server-items", 5000),
            Every = Number("every", 5),
            Seed = Number("seed", 1),
            Keep = keep,
            Store = values.TryGetValue("store", out var store) ? store.ToLowerInvariant() : "sqlite",
            Items = Number("items", 0),
            Repository = Path.GetFullPath(values.TryGetValue("repository", out var repository) ? repository : Directory.GetCurrentDirectory()),
            Results = values.TryGetValue("results", out var results) ? Path.GetFullPath(results) : null,
        };
    }
}
