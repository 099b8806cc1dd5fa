using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Ingestion;

/// <summary>Limits and policies for reading inputs (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Largest input (file, upload or fetched body) accepted, in bytes.</summary>
    [Range(1024, 1L << 31)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Whole-request timeout for fetching a URL.</summary>
    [Range(1, 600)]
    public int FetchTimeoutSeconds { get; set; } = 20;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Allow URLs that resolve to loopback, private, link-local or metadata addresses (off by default: SSRF).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Host names always allowed, even when they resolve to private addresses (e.g. an intranet news mirror).</summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>
    /// Documents embedded and stored together: one embedding call and one store transaction per batch, so bulk loads are
    /// bounded by the model and the database rather than by round trips. Each document stays atomic; a bad one is retried alone.
    /// </summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 64;

    /// <summary>
    /// Finds wire copies at ingest (the same story from several outlets, reprinted or lightly edited): each document gets a
    /// MinHash signature of its text and joins the cluster of its copies, so answers cite the earliest and name the others.
    /// Off, every document is its own cluster.
    /// </summary>
    public bool DetectWireCopies { get; set; } = true;

    /// <summary>Target chunk length in characters (chunks end on sentence boundaries).</summary>
    [Range(200, 8000)]
    public int ChunkCharacters { get; set; } = 900;

    /// <summary>Characters of the previous chunk repeated at the start of the next (whole sentences).</summary>
    [Range(0, 2000)]
    public int ChunkOverlapCharacters { get; set; } = 150;
}
