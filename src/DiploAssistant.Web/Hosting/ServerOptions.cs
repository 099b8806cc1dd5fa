using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Web.Hosting;

/// <summary>The host (configuration section <c>Server</c>).</summary>
public sealed class ServerOptions
{
    public const string SectionName = "Server";

    /// <summary>Load the sample articles on start when the store is empty.</summary>
    public bool LoadSampleData { get; set; } = true;

    /// <summary>Folder of sample articles; default: the repository's <c>data/</c> when the server runs from a checkout.</summary>
    public string? SampleDataPath { get; set; }

    /// <summary>Largest body of any request without a limit of its own (Direct Line tokens, conversation start, GET, DELETE).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 16 * 1024;
}
