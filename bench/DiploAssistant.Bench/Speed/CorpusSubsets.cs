namespace DiploAssistant.Bench.Speed;

/// <summary>
/// Nested subsets of a dump for the latency growth curve: lines taken in a fixed pseudo-random order (i × 7919 mod n, so every
/// date range is represented) until the subset holds the wanted number of lines with a body. Written outside the repository.
/// </summary>
internal static class CorpusSubsets
{
    /// <summary>Writes one file per size; the second size's file holds only the lines the first does not (for incremental ingestion).</summary>
    public static IReadOnlyList<string> Write(DumpFile dump, IReadOnlyList<int> sizes, string directory)
    {
        var lines = File.ReadLines(dump.Path).Where(l => l.Length > 0).ToList();
        var order = Enumerable.Range(0, lines.Count).OrderBy(i => (long)i * 7919 % lines.Count).ToList();
        var files = new List<string>();
        var next = 0;
        var withBody = 0;
        foreach (var size in sizes)
        {
            var path = Path.Combine(directory, $"{dump.Name}-{size}.jsonl");
            using (var writer = new StreamWriter(path))
            {
                while (withBody < size && next < order.Count)
                {
                    var line = lines[order[next++]];
                    writer.WriteLine(line);
                    withBody += DumpFile.TitleAndBody(line).Body.Length > 0 ? 1 : 0;
                }
            }

            files.Add(path);
        }

        return files;
    }
}
