using System.Text.Json;
using DiploAssistant.Core.Articles.Cleaning;
using DiploAssistant.Core.Articles.Formats;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Articles;

/// <summary>Turns the bytes of one input (.txt, .md, .html, .json, .jsonl) into cleaned articles, one per story; unreadable input becomes failed results with a reason, never an exception.</summary>
public sealed class ArticleParser
{
    private const int LongLineCharacters = 100_000;

    // No article has a paragraph this long (about 150,000 words); a line past it is a blob, whatever its punctuation.
    private const int MaxLineCharacters = 1_000_000;

    private readonly IngestionOptions _options;
    private readonly ArticleCleaner _cleaner = new();
    private readonly ArticleBuilder _builder = new();
    private readonly HtmlPageReader _html = new();
    private readonly DocumentIdFactory _ids = new();

    public ArticleParser(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public IReadOnlyList<LoadResult> Parse(RawSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var uri = source.Uri;
        if (source.Content.Length > _options.MaxBytes)
        {
            return [LoadResult.Failed(uri, $"it is too large ({source.Content.Length:N0} bytes; the limit is {_options.MaxBytes:N0})")];
        }

        var format = InputFormatDetector.Detect(source);
        if (format == InputFormat.Unsupported)
        {
            return [LoadResult.Failed(uri, $"unsupported file type '{Path.GetExtension(uri)}' (supported: {string.Join(", ", InputFormatDetector.SupportedExtensions)})")];
        }

        var decoded = TextDecoder.Decode(source.Content.Span, source.MediaType, format == InputFormat.Html);
        if (decoded.Text is not { } text)
        {
            return [LoadResult.Failed(uri, decoded.FailureReason!)];
        }

        try
        {
            return format switch
            {
                InputFormat.Html => ParseHtml(source, text),
                InputFormat.Json => ParseJson(source, text),
                InputFormat.JsonLines => ParseJsonLines(source, text),
                InputFormat.Markdown => ParseMarkdown(source, text),
                _ => ParsePage(source, text, PageHints.None),
            };
        }
        catch (JsonException exception)
        {
            return [LoadResult.Failed(uri, DumpRecordReader.Describe(exception))];
        }
    }

    private IReadOnlyList<LoadResult> ParseHtml(RawSource source, string text)
    {
        var page = _html.Read(text);
        return ParsePage(source, page.Text, page.Hints);
    }

    private IReadOnlyList<LoadResult> ParseMarkdown(RawSource source, string text)
    {
        var (plain, title) = MarkdownText.ToPlainText(text);
        return ParsePage(source, plain, new PageHints(Title: title));
    }

    private IReadOnlyList<LoadResult> ParsePage(RawSource source, string text, PageHints hints)
    {
        if (UnstructuredLongLine(text) is { } reason)
        {
            return [LoadResult.Failed(source.Uri, reason)];
        }

        var page = _cleaner.Clean(text);
        if (!page.HasText)
        {
            return [LoadResult.Failed(source.Uri, "no readable article text was found (only menus, lists or labels)")];
        }

        return _builder.Build(page, hints, source, source.Uri, hints.Id ?? _ids.FromUri(source.Uri));
    }

    private IReadOnlyList<LoadResult> ParseJson(RawSource source, string text)
    {
        using var document = JsonDocument.Parse(text, DumpRecordReader.DocumentOptions);
        var root = document.RootElement;
        var elements = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        var items = elements.Select((e, i) => ($"{source.Uri}:{i + 1}", (JsonElement?)e, (string?)null)).ToList();
        return ParseRecords(source, items, root.ValueKind == JsonValueKind.Array);
    }

    private IReadOnlyList<LoadResult> ParseJsonLines(RawSource source, string text)
    {
        var items = new List<(string Uri, JsonElement? Element, string? Failure)>();
        var documents = new List<JsonDocument>();
        try
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                var lineUri = $"{source.Uri}:{i + 1}";
                try
                {
                    var document = JsonDocument.Parse(line, DumpRecordReader.DocumentOptions);
                    documents.Add(document);
                    items.Add((lineUri, document.RootElement, null));
                }
                catch (JsonException exception)
                {
                    items.Add((lineUri, null, DumpRecordReader.Describe(exception)));
                }
            }

            return items.Count == 0
                ? [LoadResult.Failed(source.Uri, "the file has no article lines")]
                : ParseRecords(source, items, numbered: true);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    private List<LoadResult> ParseRecords(RawSource source, IReadOnlyList<(string Uri, JsonElement? Element, string? Failure)> items, bool numbered)
    {
        var records = items.Select(item =>
        {
            if (item.Element is not { } element)
            {
                return (item.Uri, Record: (DumpRecord?)null, item.Failure);
            }

            var record = DumpRecordReader.Read(element, out var failure);
            return (item.Uri, Record: failure is null ? record : null, Failure: failure);
        }).ToList();

        var shared = SharedBoilerplateFinder.Find(records.Where(r => r.Record is not null).Select(r => r.Record!.Body).ToList());
        var results = new List<LoadResult>();
        foreach (var (uri, record, failure) in records)
        {
            if (record is null)
            {
                results.Add(LoadResult.Failed(uri, failure ?? "the article could not be read"));
                continue;
            }

            var item = int.Parse(uri[(uri.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            results.AddRange(BuildRecord(source, uri, item, record, shared, numbered));
        }

        return results;
    }

    /// <summary>One dump record, read, to its articles: <paramref name="item"/> is its line (or array position), part of its id when it states none.</summary>
    internal IReadOnlyList<LoadResult> BuildRecord(RawSource source, string uri, int item, DumpRecord record, IReadOnlySet<string> shared, bool numbered)
    {
        if (UnstructuredLongLine(record.Body) is { } longLine)
        {
            return [LoadResult.Failed(uri, longLine)];
        }

        var baseId = record.Hints.Id ?? (numbered ? _ids.FromUri(source.Uri) + "-" + item : _ids.FromUri(source.Uri));
        var origin = numbered || record.Hints.Id is not null ? source.Origin?.ForRecord(record.Hints.Id, item) : source.Origin;
        return _builder.Build(CleanRecord(record.Body, shared), record.Hints, source, uri, baseId, origin);
    }

    /// <summary>Dump bodies are cleaned like pages, but never cleaned away: a short summary with no sentence shape is still the article.</summary>
    private CleanedPage CleanRecord(string body, IReadOnlySet<string> shared)
    {
        var page = _cleaner.Clean(body, shared);
        if (!page.HasText && shared.Count > 0)
        {
            page = _cleaner.Clean(body);
        }

        if (page.HasText)
        {
            return page;
        }

        var paragraphs = body.Split("\n\n").Select(p => ArticleCleaner.Normalize(p)).Where(p => p.Length > 0).Select(p => new TextBlock(LineKind.Text, p)).ToList();
        return new CleanedPage(null, paragraphs, new PageFacts(), []);
    }

    /// <summary>A huge line without sentences (a minified blob, a data dump), or any line past a million characters, is not article text.</summary>
    private static string? UnstructuredLongLine(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var length = end - start;
            if (length > MaxLineCharacters)
            {
                return $"no readable text: a single line of {length:N0} characters is longer than any article (the limit is {MaxLineCharacters:N0} per line)";
            }

            if (length > LongLineCharacters)
            {
                var line = text.AsSpan(start, length);
                var spaces = line.Count(' ');
                var stops = line.Count('.') + line.Count('?') + line.Count('!');
                if (spaces < length / 50 || stops < length / 2000)
                {
                    return $"no readable text: a single line of {length:N0} characters has no sentence structure";
                }
            }

            start = end + 1;
        }

        return null;
    }
}
