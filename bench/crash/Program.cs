using System.Globalization;
using DiploAssistant.Bench.Crash;
using DiploAssistant.Bench.Crash.Stores;

// dotnet DiploAssistant.Bench.Crash.dll --diplo DLL --server DLL --input DUMP.jsonl [--kills N] [--server-kills N]
//     [--server-items N] [--every N] [--seed N] [--work DIR] [--results FILE.md] [--store sqlite|postgres] [--items N] [--repository DIR]
var options = CrashBenchArguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(CrashBenchArguments.Usage);
    return 2;
}

Directory.CreateDirectory(options.Work);
await using ICrashStore stores = options.Store == "postgres"
    ? await PostgresCrashStore.StartAsync(
        options.Repository, ["reference-old", "reference-new", "store", "server-reference-old", "server-reference-new", "server-store"])
    : new SqliteCrashStore(options.Work);
try
{
    var environment = new Dictionary<string, string> { ["DIPLO_Ingestion__MaxBytes"] = "268435456", ["DIPLO_Api__MaxUploadBytes"] = "268435456" };
    var settings = new CrashRunSettings(options.Diplo, options.Work, options.Kills, options.Seed, environment, Console.Out) { ServerDll = options.Server };
    var oldDump = Path.Combine(options.Work, "old.jsonl");
    var newDump = Path.Combine(options.Work, "new.jsonl");
    if (options.Items > 0)
    {
        DumpVersions.WriteSlice(options.Input, oldDump, options.Items);
    }
    else
    {
        File.Copy(options.Input, oldDump, overwrite: true);
        File.SetAttributes(oldDump, FileAttributes.Normal);
    }

    var changed = DumpVersions.WriteChanged(options.Input, newDump, options.Every, options.Items > 0 ? options.Items : null);
    Console.WriteLine($"store: {stores.Name}");
    Console.WriteLine($"new version: {changed:N0} of the dump's articles changed (every {options.Every}th)");
    var reports = new List<CrashRunReport>();
    if (options.Kills > 0)
    {
        reports.Add(await new IngestCrashRun(settings, stores).RunAsync(oldDump, newDump, CancellationToken.None));
    }

    if (options.Server is not null && options.ServerKills > 0)
    {
        var serverOld = Path.Combine(options.Work, "server-old.jsonl");
        var serverNew = Path.Combine(options.Work, "server-new.jsonl");
        DumpVersions.WriteSlice(options.Input, serverOld, options.ServerItems);
        DumpVersions.WriteChanged(options.Input, serverNew, options.Every, options.ServerItems);
        reports.Add(await new ServerCrashRun(settings with { Kills = options.ServerKills }, stores).RunAsync(serverOld, serverNew, CancellationToken.None));
    }

    var failures = reports.SelectMany(r => r.Failures).ToList();
    foreach (var failure in failures)
    {
        Console.WriteLine("FAIL " + failure);
    }

    if (options.Results is not null)
    {
        await File.WriteAllTextAsync(options.Results, CrashResultsMarkdown.Write(reports, options, stores, TimeProvider.System.GetUtcNow()));
        Console.WriteLine($"results written to {options.Results}");
    }

    Console.WriteLine(failures.Count == 0 ? "crash run: passed" : $"crash run: {failures.Count.ToString(CultureInfo.InvariantCulture)} failures");
    return failures.Count == 0 ? 0 : 1;
}
finally
{
    if (!options.Keep)
    {
        Directory.Delete(options.Work, recursive: true);
    }
}
