using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DiploAssistant.Core.Answering.Citations;
using DiploAssistant.Core.Answering.Extractive;
using DiploAssistant.Core.Retrieval;

namespace DiploAssistant.Core.Answering;

/// <summary>
/// The numbered sources a model answers from: one per retrieved chunk, numbered 1..n in retrieval order, shown to the model
/// fenced as <c>&lt;source n="1" …&gt;…&lt;/source&gt;</c> so that article text stays quoted data.
/// </summary>
internal static partial class AnswerSources
{
    /// <summary>The citations the answer may use; each quote is the whole chunk until <see cref="QuoteSelector"/> narrows it.</summary>
    public static IReadOnlyList<Citation> Citations(IReadOnlyList<RetrievedChunk> evidence) =>
        evidence.Select((c, i) => new Citation(
                i + 1,
                c.Document.Id,
                c.Document.Title,
                c.Document.Source,
                c.Document.Url,
                c.Document.Uri,
                Published(c),
                c.Chunk.Text,
                c.Score))
            .ToList();

    /// <summary>The sources as the prompt shows them.</summary>
    public static string Format(IReadOnlyList<RetrievedChunk> evidence)
    {
        var text = new StringBuilder();
        for (var i = 0; i < evidence.Count; i++)
        {
            var c = evidence[i];
            text.Append(CultureInfo.InvariantCulture, $"<source n=\"{i + 1}\" title=\"{Attribute(c.Document.Title)}\"");
            if (c.Document.Source is { } outlet)
            {
                text.Append(CultureInfo.InvariantCulture, $" outlet=\"{Attribute(outlet)}\"");
            }

            if (Published(c) is { } published)
            {
                text.Append(CultureInfo.InvariantCulture, $" published=\"{published}\"");
            }

            text.Append(">\n").Append(Body(c.Chunk.Text)).Append("\n</source>\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// Article text as quoted data: a bracketed number in it would read as a citation, and a source tag in it could close
    /// the fence early, so both are defused.
    /// </summary>
    public static string Body(string text) =>
        SourceTag().Replace(CitationMarkers.Neutralize(text.Trim()), m => "‹" + m.Value[1..]);

    private static string Attribute(string value) =>
        Body(value).Replace('"', '\'').Replace('<', '‹').Replace('>', '›').ReplaceLineEndings(" ");

    private static string? Published(RetrievedChunk chunk) =>
        chunk.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"</?\s*source\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceTag();
}
