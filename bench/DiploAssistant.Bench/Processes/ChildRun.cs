namespace DiploAssistant.Bench.Processes;

/// <summary>A finished child process: exit code, wall time, peak resident memory (null when it could not be read) and its stdout.</summary>
internal sealed record ChildRun(int ExitCode, TimeSpan Elapsed, long? PeakRssKilobytes, string Output, string Error);
