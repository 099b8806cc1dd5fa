using System.Runtime.CompilerServices;
using DiploAssistant.Core.Articles.Formats;
using DiploAssistant.Core.Ingestion;

namespace DiploAssistant.Core.Articles;

/// <summary>Loads articles from a file, a folder (recursively, in a stable order) or an http(s) URL; every problem becomes a failed result with its reason.</summary>
public sealed class ArticleLoader
{
    private readonly ArticleParser _parser;
    private readonly IUrlFetcher _fetcher;
    private readonly IngestionOptions _options;

    public ArticleLoader(ArticleParser parser, IUrlFetcher fetcher, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(options);
        _parser = parser;
        _fetcher = fetcher;
        _options = options;
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
            foreach (var file in FilesUnder(pathOrUrl))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var result in await LoadFileAsync(file, sourceName, cancellationToken).ConfigureAwait(false))
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

        if (InputFormatDetector.FromExtension(Path.GetExtension(pathOrUrl)) == InputFormat.Unsupported)
        {
            yield return LoadResult.Failed(pathOrUrl, $"unsupported file type '{Path.GetExtension(pathOrUrl)}' (supported: {string.Join(", ", InputFormatDetector.SupportedExtensions)})");
            yield break;
        }

        foreach (var result in await LoadFileAsync(pathOrUrl, sourceName, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private async Task<IReadOnlyList<LoadResult>> LoadUrlAsync(Uri uri, string text, string? sourceName, CancellationToken cancellationToken)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
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
            return [LoadResult.Failed(text, exception.Message)];
        }

        return _parser.Parse(sourceName is null ? raw : raw with { SourceName = sourceName });
    }

    private async Task<IReadOnlyList<LoadResult>> LoadFileAsync(string path, string? sourceName, CancellationToken cancellationToken)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _options.MaxBytes)
            {
                // Refused from its size alone: never read a huge file into memory.
                return [LoadResult.Failed(path, $"it is too large ({length:N0} bytes; the limit is {_options.MaxBytes:N0})")];
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return _parser.Parse(new RawSource(path, bytes, null, sourceName));
        }
        catch (IOException exception)
        {
            return [LoadResult.Failed(path, "it could not be read: " + exception.Message)];
        }
        catch (UnauthorizedAccessException)
        {
            return [LoadResult.Failed(path, "it could not be read: access denied")];
        }
    }

    /// <summary>Supported files under a folder, ordinal-sorted by relative path, skipping hidden files and folders.</summary>
    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => InputFormatDetector.FromExtension(Path.GetExtension(f)) != InputFormat.Unsupported)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .OrderBy(f => Path.GetRelativePath(folder, f), StringComparer.Ordinal);
    }
}
