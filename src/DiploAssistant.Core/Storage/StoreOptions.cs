using System.ComponentModel.DataAnnotations;

namespace DiploAssistant.Core.Storage;

/// <summary>Where documents are stored (configuration section <c>Store</c>; <c>--store</c> and <c>DIPLO_STORE</c> set <see cref="Path"/>).</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>The name of a registered store backend: <c>Sqlite</c> (the embedded default) or <c>Postgres</c> (with its package).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite data directory; when empty, the default data directory is used.</summary>
    public string? Path { get; set; }

    /// <summary>PostgreSQL connection string (Provider = Postgres).</summary>
    public string? ConnectionString { get; set; }
}
