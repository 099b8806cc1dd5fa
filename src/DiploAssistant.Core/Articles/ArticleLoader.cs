using System.Runtime.CompilerServices;
using DiploAssistant.Core.Articles.Formats;
using DiploAssistant.Core.Articles.Identity;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Articles;

/// <summary>Loads articles from a file, a folder (recursively, in a stable order) or an http(s) URL; every problem becomes a failed result with its reason.</summary>
public sealed class ArticleLoader
{
    private readonly ArticleParser _parser;
    private readonly IUrlFetcher _fetcher;
    private readonly IngestionOptions _options;
    private readonly DumpFileLoader _dumps;

    public ArticleLoader(ArticleParser parser, IUrlFetcher fetcher, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(options);
        _parser = parser;
        _fetcher = fetcher;
        _options = options;
        _dumps = new DumpFileLoader(parser, options);
    }

    /// <param name="pathOrUrl">A file, a folder, or an http(s) URL.</param>
    /// <param name="sourceName">Outlet name to use instead of what the pages say, or null.</param>
    public async IAsyncEnumerable<LoadResult> LoadAsync(string pathOrUrl, string? sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrUrl);
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri) && !uri.IsFile && uri.Scheme.Length > 1)
        {
            foreach (var result in await LoadUrlAsync(uri, pathOrUrl, sourceName, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }

            yield break;
        }

        if (pathOrUrl.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            yield return LoadResult.Failed(pathOrUrl, "only http and https URLs can be loaded");
            yield break;
        }

        if (Directory.Exists(pathOrUrl))
        {
            // Shown relative to the folder the user named ("data/a.txt"), never as a full path of this machine.
            var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(pathOrUrl)));
            foreach (var file in FilesUnder(pathOrUrl))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var display = Path.Combine(root, Path.GetRelativePath(pathOrUrl, file)).Replace('\\', '/');
                var extension = Path.GetExtension(file);
                if (InputFormatDetector.FromExtension(extension) == InputFormat.Unsupported)
                {
                    yield return LoadResult.Skipped(display, UnsupportedReason(extension));
                    continue;
                }

                await foreach (var result in LoadFileAsync(file, display, sourceName, cancellationToken).ConfigureAwait(false))
                {
                    yield return result;
                }
            }

            yield break;
        }

        if (!File.Exists(pathOrUrl))
        {
            yield return LoadResult.Failed(pathOrUrl, "not found: no such file or folder");
            yield break;
        }

        var name = Path.GetFileName(pathOrUrl);
        if (InputFormatDetector.FromExtension(Path.GetExtension(pathOrUrl)) == InputFormat.Unsupported)
        {
            yield return LoadResult.Failed(name, UnsupportedReason(Path.GetExtension(pathOrUrl)));
            yield break;
        }

        await foreach (var result in LoadFileAsync(pathOrUrl, name, sourceName, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private static string UnsupportedReason(string extension) =>
        $"unsupported file type '{(extension.Length > 0 ? extension : "(none)")}' (supported: {string.Join(", ", InputFormatDetector.SupportedExtensions)})";

    private async Task<IReadOnlyList<LoadResult>> LoadUrlAsync(Uri uri, string text, string? sourceName, CancellationToken cancellationToken)
    {
        if (!WebAddress.IsHttp(uri))
        {
            return [LoadResult.Failed(text, "only http and https URLs can be loaded")];
        }

        RawSource raw;
        try
        {
            raw = await _fetcher.FetchAsync(uri, cancellationToken).ConfigureAwait(false);
        }
        catch (ArticleReadException exception)
        {
            return [LoadResult.Failed(text, WithoutAddress(exception.Message, text, uri))];
        }

        raw = raw with { Origin = DocumentOrigin.ForUrl(raw.Uri) };
        return _parser.Parse(sourceName is null ? raw : raw with { SourceName = sourceName });
    }

    /// <summary>The fetcher's reason without the address it starts with: the report names the address once, beside it.</summary>
    private static string WithoutAddress(string message, string text, Uri uri)
    {
        foreach (var prefix in new[] { text, uri.AbsoluteUri, uri.ToString() })
        {
            if (message.StartsWith(prefix + ": ", StringComparison.Ordinal))
            {
                return message[(prefix.Length + 2)..];
            }
        }

        return message;
    }

    /// <param name="path">The file as named by the user (or found under the folder they named).</param>
    /// <param name="display">How it is shown: relative to what the user named.</param>
    private async IAsyncEnumerable<LoadResult> LoadFileAsync(string path, string display, string? sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var origin = DocumentOrigin.ForFile(CanonicalPath(path), path, Path.GetFullPath(path));
        var format = InputFormatDetector.FromExtension(Path.GetExtension(path));
        var streamed = false;
        IReadOnlyList<LoadResult> results;
        try
        {
            streamed = await DumpFileLoader.StreamsAsync(path, format, cancellationToken).ConfigureAwait(false);
            results = streamed ? [] : await LoadWholeFileAsync(path, display, sourceName, origin, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            results = [LoadResult.Failed(display, ReadFailure(exception))];
            streamed = false;
        }

        if (!streamed)
        {
            foreach (var result in results)
            {
                yield return result;
            }

            yield break;
        }

        // A dump: one article at a time, the per-article limit on each (an I/O error midway ends the file with its reason).
        var source = new RawSource(display, ReadOnlyMemory<byte>.Empty, null, sourceName) { Origin = origin };
        var articles = _dumps.LoadAsync(path, source, format, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (articles.ConfigureAwait(false))
        {
            while (true)
            {
                string? broken = null;
                try
                {
                    if (!await articles.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    broken = ReadFailure(exception);
                }

                if (broken is not null)
                {
                    yield return LoadResult.Failed(display, broken);
                    yield break;
                }

                yield return articles.Current;
            }
        }
    }

    private async Task<IReadOnlyList<LoadResult>> LoadWholeFileAsync(string path, string display, string? sourceName, DocumentOrigin origin, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        if (length > _options.MaxBytes)
        {
            // Refused from its size alone: never read a huge file into memory.
            return [LoadResult.Failed(display, $"it is too large ({length:N0} bytes; the limit is {_options.MaxBytes:N0})")];
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return _parser.Parse(new RawSource(display, bytes, null, sourceName) { Origin = origin });
    }

    private static string ReadFailure(Exception exception) =>
        exception is UnauthorizedAccessException ? "it could not be read: access denied" : "it could not be read: " + exception.Message;

    /// <summary>The file's full path with links resolved: one file named two ways is one origin.</summary>
    private static string CanonicalPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    /// <summary>Files under a folder, ordinal-sorted by relative path, skipping hidden files and folders.</summary>
    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .OrderBy(f => Path.GetRelativePath(folder, f), StringComparer.Ordinal);
    }
}
