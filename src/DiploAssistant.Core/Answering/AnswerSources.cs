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
            AppendSource(text, i + 1, c.Document.Title, c.Document.Source, Published(c), c.Chunk.Text);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>One fenced source, <c>&lt;source n="…" title="…" outlet="…" published="…"&gt;body&lt;/source&gt;</c>, every part defused.</summary>
    public static void AppendSource(StringBuilder text, int n, string title, string? outlet, string? published, string body)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append(CultureInfo.InvariantCulture, $"<source n=\"{n}\" title=\"{Attribute(title)}\"");
        if (outlet is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" outlet=\"{Attribute(outlet)}\"");
        }

        if (published is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" published=\"{Attribute(published)}\"");
        }

        text.Append(">\n").Append(Body(body)).Append("\n</source>\n");
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
