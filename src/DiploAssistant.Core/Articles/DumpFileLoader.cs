using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DiploAssistant.Core.Articles.Formats;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Articles;

/// <summary>
/// Loads a dump file (<c>.jsonl</c>, or a <c>.json</c> array) as a stream of records, never the whole file at once: the
/// per-article limit applies to each record, not to the file. Two passes: the first counts the lines the records share
/// (a site's boilerplate), the second cleans and yields each record's articles as it is read. A bad record costs only itself.
/// </summary>
internal sealed class DumpFileLoader(ArticleParser parser, IngestionOptions options)
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>Whether <paramref name="path"/> is read as a stream: a <c>.jsonl</c> file not in UTF-16, or a <c>.json</c> file holding an array.</summary>
    public static async Task<bool> StreamsAsync(string path, InputFormat format, CancellationToken cancellationToken)
    {
        if (format is not (InputFormat.JsonLines or InputFormat.Json))
        {
            return false;
        }

        var head = await HeadAsync(path, cancellationToken).ConfigureAwait(false);
        if (head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return false; // UTF-16: rare enough to be read whole, within the file limit
        }

        if (format == InputFormat.JsonLines)
        {
            return true;
        }

        var start = head is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            start++;
        }

        return start < head.Length && head[start] == (byte)'[';
    }

    /// <param name="path">The file to read.</param>
    /// <param name="source">What is known of the input: its display uri, outlet name and origin (no content).</param>
    public async IAsyncEnumerable<LoadResult> LoadAsync(string path, RawSource source, InputFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var head = await HeadAsync(path, cancellationToken).ConfigureAwait(false);
        if (head.Length == 0)
        {
            yield return LoadResult.Failed(source.Uri, "the input is empty");
            yield break;
        }

        if (head.AsSpan().IndexOf((byte)0) >= 0)
        {
            yield return LoadResult.Failed(source.Uri, "it looks like a binary file (it contains NUL bytes), not text");
            yield break;
        }

        var counter = new SharedBoilerplateCounter();
        await foreach (var record in RecordsAsync(path, source.Uri, format, cancellationToken).ConfigureAwait(false))
        {
            if (record.Record is { } read)
            {
                counter.Add(read.Body);
            }
        }

        var shared = counter.Find();
        var any = false;
        await foreach (var (uri, item, record, failure) in RecordsAsync(path, source.Uri, format, cancellationToken).ConfigureAwait(false))
        {
            any = true;
            if (record is null)
            {
                yield return LoadResult.Failed(uri, failure ?? "the article could not be read");
                continue;
            }

            foreach (var result in parser.BuildRecord(source, uri, item, record, shared, numbered: true))
            {
                yield return result;
            }
        }

        if (!any)
        {
            yield return LoadResult.Failed(source.Uri, "the file has no article lines");
        }
    }

    private async IAsyncEnumerable<DumpItem> RecordsAsync(string path, string uri, InputFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            var items = format == InputFormat.JsonLines ? LinesAsync(stream, uri, cancellationToken) : ArrayAsync(stream, uri, cancellationToken);
            await foreach (var item in items.ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private async IAsyncEnumerable<DumpItem> LinesAsync(Stream stream, string uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in JsonLinesStream.ReadAsync(stream, options.MaxBytes, cancellationToken).ConfigureAwait(false))
        {
            var lineUri = $"{uri}:{line.Number}";
            if (line.Text is not { } text)
            {
                yield return new DumpItem(lineUri, line.Number, null, line.Failure);
                continue;
            }

            DumpRecord? record;
            string? failure;
            try
            {
                using var document = JsonDocument.Parse(text, DumpRecordReader.DocumentOptions);
                record = DumpRecordReader.Read(document.RootElement, out failure);
            }
            catch (JsonException exception)
            {
                (record, failure) = (null, DumpRecordReader.Describe(exception));
            }

            yield return Checked(lineUri, line.Number, record, failure);
        }
    }

    private async IAsyncEnumerable<DumpItem> ArrayAsync(Stream stream, string uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var serializer = new JsonSerializerOptions { MaxDepth = DumpRecordReader.MaxDepth };
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, serializer, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (elements.ConfigureAwait(false))
        {
            for (var item = 1; ; item++)
            {
                string? broken = null;
                try
                {
                    if (!await elements.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (JsonException exception)
                {
                    // The rest of the array cannot be read past malformed JSON; what came before it is kept.
                    broken = DumpRecordReader.Describe(exception) + "; the items after it were not read";
                }

                if (broken is not null)
                {
                    yield return new DumpItem($"{uri}:{item}", item, null, broken);
                    yield break;
                }

                var record = DumpRecordReader.Read(elements.Current, out var failure);
                yield return Checked($"{uri}:{item}", item, record, failure);
            }
        }
    }

    private DumpItem Checked(string uri, int item, DumpRecord? record, string? failure)
    {
        if (record is null || failure is not null)
        {
            return new DumpItem(uri, item, null, failure);
        }

        return Encoding.UTF8.GetByteCount(record.Body) > options.MaxBytes
            ? new DumpItem(uri, item, null, $"the article is too large (over {options.MaxBytes:N0} bytes)")
            : new DumpItem(uri, item, record, null);
    }

    private static async Task<byte[]> HeadAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[SniffBytes];
            var length = await stream.ReadAtLeastAsync(buffer, SniffBytes, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return buffer[..length];
        }
    }

    private sealed record DumpItem(string Uri, int Item, DumpRecord? Record, string? Failure);
}
