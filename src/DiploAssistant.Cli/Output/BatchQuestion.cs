using System.Text.Json;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Cli.Output;

/// <summary>One line of a <c>--questions</c> file: id, question, and optional as-of date and filters.</summary>
internal sealed record BatchQuestion(string Id, string Question, DateOnly? AsOf, DateOnly? From, DateOnly? To, string? Source, string? Language)
{
    public SearchFilters Filters(SearchFilters defaults) => defaults with
    {
        AsOf = AsOf ?? defaults.AsOf,
        From = From ?? defaults.From,
        To = To ?? defaults.To,
        Source = Source ?? defaults.Source,
        Language = Language ?? defaults.Language,
    };

    /// <summary>Reads the file lazily; a line that cannot be read is reported through <paramref name="onError"/> and skipped.</summary>
    public static IEnumerable<BatchQuestion> ReadAll(FileInfo file, Action<int, string> onError)
    {
        var number = 0;
        foreach (var line in File.ReadLines(file.FullName))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            BatchQuestion? question = null;
            try
            {
                question = JsonSerializer.Deserialize<BatchQuestion>(line, CliJson.Options);
            }
            catch (JsonException ex)
            {
                onError(number, ex.Message);
                continue;
            }

            if (question is null || string.IsNullOrWhiteSpace(question.Question))
            {
                onError(number, "no \"question\"");
                continue;
            }

            yield return question with { Id = question.Id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
    }
}
