using System.Diagnostics;
using System.Text.Json;
using DiploAssistant.Bench.Processes;

namespace DiploAssistant.Bench.Analysis;

/// <summary>
/// Timelines and entity briefs as a user runs them (<c>diplo timeline … --json</c>, <c>diplo brief … --json</c>, child
/// processes) over the Korean Wikinews set in a fresh SQLite store, beside <c>diplo ask</c> on the same topics in the same
/// run (the time they add to an ask). Each timeline is checked: events in date order, every line cited, and each event's
/// date against its citing articles' dates (not after the latest of them, and how many fall in the 31 days before it).
/// </summary>
internal sealed class AnalysisBenchmark(string sharedData, ProductBinaries binaries, string workDirectory, TextWriter log)
{
    public static readonly string[] Topics = ["북한", "지진", "대통령 선거", "오바마", "일본", "올림픽", "태풍", "중국"];

    public static readonly string[] People = ["오바마", "이명박", "박근혜", "김정은", "문재인"];

    public async Task<AnalysisReport> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        var store = Path.Combine(workDirectory, "store");
        var cli = new DiploCli(binaries, new Dictionary<string, string> { ["DIPLO_Store__Provider"] = "Sqlite" });
        var corpus = Path.Combine(sharedData, "ko-wikinews", "ko_wikinews.jsonl");
        var ingest = await cli.RunAsync(["ingest", corpus, "--store", store], cancellationToken);
        Require(ingest, "ingest");
        log.WriteLine($"ingested Korean Wikinews in {ingest.Elapsed.TotalSeconds:F1} s");

        var timelines = new List<TimelineCheck>();
        foreach (var topic in Topics)
        {
            var ask = await cli.RunAsync(["ask", $"{topic}에 관해 무슨 일이 있었나?", "--store", store, "--json"], cancellationToken);
            var timeline = await cli.RunAsync(["timeline", $"{topic} 타임라인", "--store", store, "--json"], cancellationToken);
            Require(ask, "ask");
            Require(timeline, "timeline");
            var check = TimelineCheck.Of(topic, JsonDocument.Parse(timeline.Output).RootElement, timeline.Elapsed, ask.Elapsed);
            log.WriteLine($"timeline {topic}: {check.Events} events, ordered {check.Ordered}, cited {check.Cited}/{check.Events}, " +
                $"not after its article {check.NotAfterArticle}/{check.Dated}, within 31 days {check.WithinMonth}/{check.Dated}; " +
                $"{check.Time.TotalMilliseconds:F0} ms (ask {check.AskTime.TotalMilliseconds:F0} ms)");
            timelines.Add(check);
        }

        var briefs = new List<BriefCheck>();
        foreach (var person in People)
        {
            var ask = await cli.RunAsync(["ask", $"{person}은 누구인가?", "--store", store, "--json"], cancellationToken);
            var brief = await cli.RunAsync(["brief", $"who is {person}?", "--store", store, "--json"], cancellationToken);
            Require(ask, "ask");
            Require(brief, "brief");
            var check = BriefCheck.Of(person, JsonDocument.Parse(brief.Output).RootElement, brief.Elapsed, ask.Elapsed);
            log.WriteLine($"brief {person}: {check.Roles} roles, {check.Events} events, cited {check.Cited}/{check.Roles + check.Events}; " +
                $"{check.Time.TotalMilliseconds:F0} ms (ask {check.AskTime.TotalMilliseconds:F0} ms)");
            briefs.Add(check);
        }

        return new AnalysisReport(ingest.Elapsed, timelines, briefs);
    }

    private static void Require(ChildRun run, string what)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"diplo {what} failed ({run.ExitCode}): {run.Error}");
        }
    }
}

internal sealed record AnalysisReport(TimeSpan IngestTime, IReadOnlyList<TimelineCheck> Timelines, IReadOnlyList<BriefCheck> Briefs);
