using System.CommandLine;
using System.Globalization;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Cli;

/// <summary>Options several commands share, defined once so their names and help stay the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Store() => new("--store") { Description = "Data directory of the store (default: DIPLO_STORE, Store:Path, or the user data folder)." };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON for machines." };

    public static Option<string?> Source() => new("--source") { Description = "Only articles from this outlet." };

    public static Option<string?> Language() => new("--language") { Description = "Only articles in this language (ko, en)." };

    public static Option<DateOnly?> From() => DateOption("--from", "Only articles published on or after this date (YYYY-MM-DD).");

    public static Option<DateOnly?> To() => DateOption("--to", "Only articles published on or before this date (YYYY-MM-DD).");

    public static Option<DateOnly?> Since() => DateOption("--since", "Only what arrived on or after this date (YYYY-MM-DD, UTC).");

    public static Option<DateOnly?> AsOf() => DateOption("--as-of", "Answer as of this date (YYYY-MM-DD): later articles are hidden, recent ones favoured.");

    /// <summary>A date flag whose bad value is named plainly ("2026-13-45 is not a date") instead of by its .NET type.</summary>
    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name}: '{text}' is not a date. Write it as YYYY-MM-DD, for example 2026-02-11.");
            return null;
        },
    };

    public static Option<FileInfo?> Questions() => new("--questions") { Description = "A JSONL file of {\"id\", \"question\"} lines to run in one process." };
}
