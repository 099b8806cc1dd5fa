using System.CommandLine;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Cli;

/// <summary>Options several commands share, defined once so their names and help stay the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Store() => new("--store") { Description = "Data directory of the store (default: DIPLO_STORE, Store:Path, or the user data folder)." };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON for machines." };

    public static Option<string?> Source() => new("--source") { Description = "Only articles from this outlet." };

    public static Option<string?> Language() => new("--language") { Description = "Only articles in this language (ko, en)." };

    public static Option<DateOnly?> From() => new("--from") { Description = "Only articles published on or after this date (YYYY-MM-DD)." };

    public static Option<DateOnly?> To() => new("--to") { Description = "Only articles published on or before this date." };

    public static Option<DateOnly?> AsOf() => new("--as-of") { Description = "Answer as of this date: later articles are hidden, recent ones favoured." };

    public static Option<FileInfo?> Questions() => new("--questions") { Description = "A JSONL file of {\"id\", \"question\"} lines to run in one process." };
}
