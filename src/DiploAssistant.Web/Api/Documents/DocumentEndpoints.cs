using DiploAssistant.Core;
using DiploAssistant.Core.Articles;
using DiploAssistant.Core.Articles.Identity;
using DiploAssistant.Core.Ingestion;
using DiploAssistant.Core.Retrieval;
using DiploAssistant.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DiploAssistant.Web.Api.Documents;

/// <summary><c>/api/documents</c>: list, load (an uploaded file or a URL), remove.</summary>
internal static class DocumentEndpoints
{
    private static readonly string[] KnownMediaTypes = ["text/html", "text/plain", "text/markdown", "application/json"];

    public static async Task<Ok<IReadOnlyList<DocumentSummary>>> ListAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<DocumentSummary>>([.. (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Select(PublicLocation.Of)]);

    public static async Task<Results<Ok<IngestionReport>, ProblemHttpResult>> LoadAsync(
        HttpRequest request, IIngestionService ingestion, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return await LoadFileAsync(request, ingestion, options.Value.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        }

        if (!request.HasJsonContentType())
        {
            return Problem(
                StatusCodes.Status415UnsupportedMediaType,
                "The content type is not supported",
                "Send a file as multipart/form-data, or JSON {\"url\": \"https://…\"} with Content-Type: application/json.");
        }

        UrlDocumentBody? body;
        try
        {
            body = await request.ReadFromJsonAsync<UrlDocumentBody>(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The request could not be read", "Send a file (multipart/form-data) or JSON {\"url\": \"https://…\"}.");
        }

        if (!WebAddress.TryParse(body?.Url?.Trim(), out var url))
        {
            return Problem(StatusCodes.Status400BadRequest, "The url must be an absolute http(s) address", "For example {\"url\": \"https://example.com/news/article.html\"}.");
        }

        var report = await ingestion.IngestAsync([url.AbsoluteUri], null, null, cancellationToken).ConfigureAwait(false);
        return NothingLoaded(report) ? Refused(report, "The URL was not loaded") : TypedResults.Ok(report);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string id, IDocumentStore store, CancellationToken cancellationToken) =>
        await store.RemoveAsync(id, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : Problem(StatusCodes.Status404NotFound, "No document has that id", "GET /api/documents lists the stored documents and their ids.");

    private static async Task<Results<Ok<IngestionReport>, ProblemHttpResult>> LoadFileAsync(
        HttpRequest request, IIngestionService ingestion, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes + (64 * 1024))
        {
            return TooLarge(maxBytes);
        }

        var (form, malformed) = await UploadForm.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return malformed!;
        }

        var file = form.Files.Count > 0 ? form.Files[0] : null;
        if (file is null || file.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "No file was sent", "Send the file in a multipart/form-data field (any name), with its file name.");
        }

        if (file.Length > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        if (!TryReadReplace(form, out var replace))
        {
            return Problem(StatusCodes.Status400BadRequest, "The replace field must be true or false", "replace=true replaces the document that has this file's name; without it a different file of the same name is stored beside it.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var mediaType = KnownMediaTypes.FirstOrDefault(t => file.ContentType?.StartsWith(t, StringComparison.OrdinalIgnoreCase) == true);
        var name = UploadFileName.Sanitize(file.FileName);
        var bytes = buffer.ToArray();

        // Known by its name and content: a different file of the same name is stored beside the first unless replace=true.
        var source = new RawSource(name, bytes, mediaType) { Origin = DocumentOrigin.ForUpload(name, bytes, replace) };
        var report = await ingestion.IngestAsync(source, cancellationToken).ConfigureAwait(false);
        return NothingLoaded(report) ? Refused(report, "The file was not loaded") : TypedResults.Ok(report);
    }

    private static bool TryReadReplace(IFormCollection form, out bool replace)
    {
        var text = form["replace"].ToString().Trim();
        replace = text is "1" || (bool.TryParse(text, out var parsed) && parsed);
        return text.Length == 0 || text is "1" or "0" || bool.TryParse(text, out _);
    }

    private static bool NothingLoaded(IngestionReport report) => report.Items.Count == 0 || report.Failed == report.Items.Count;

    /// <summary>Nothing could be loaded (binary, not UTF-8, nested too deeply, unreachable…): 422 with every reason, the store untouched.</summary>
    private static ProblemHttpResult Refused(IngestionReport report, string title) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: title,
        detail: report.Items.Count == 0 ? "Nothing was found to load." : string.Join("; ", report.Items.Select(i => i.Reason).Distinct().Take(5)),
        extensions: new Dictionary<string, object?> { ["failed"] = report.Failed, ["items"] = report.Items.Take(100).ToList() });

    private static ProblemHttpResult TooLarge(long maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The file is too large", $"The limit is {maxBytes:N0} bytes (Api:MaxUploadBytes).");

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
