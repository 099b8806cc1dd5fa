using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Web.Api;

/// <summary>The HTTP API (configuration section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>
    /// When set, document changes need this value in the <c>X-Api-Key</c> header. When empty, only this machine may change
    /// documents (a loopback connection that no proxy forwarded, see <see cref="LocalChangesWithoutKey"/>); everyone else gets 403.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>
    /// With no <see cref="Key"/>: true (the default, for local first use) lets this machine change documents; false turns
    /// document changes over HTTP off for everyone, e.g. behind a reverse proxy on the same machine that adds no forwarding header.
    /// </summary>
    public bool LocalChangesWithoutKey { get; set; } = true;


    /// <summary>Largest <c>POST /api/ask</c> body; larger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxAskRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Largest uploaded file accepted by <c>POST /api/documents</c>.</summary>
    [Range(1024, 1L << 31)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// Questions to <c>/api/ask</c> answered at the same time; 0 (the default) means one per processor core. The rest wait
    /// in a queue without holding a thread, so health checks and other requests are answered promptly under load.
    /// </summary>
    [Range(0, 1024)]
    public int AskConcurrency { get; set; }

    /// <summary>Questions waiting for their turn; past this, <c>/api/ask</c> answers 503 with <c>Retry-After</c>.</summary>
    [Range(0, 100_000)]
    public int AskQueueLimit { get; set; } = 1000;
}
