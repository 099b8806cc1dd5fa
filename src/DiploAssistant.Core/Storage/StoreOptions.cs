namespace DiploAssistant.Core.Storage;

/// <summary>Where documents are stored (configuration section <c>Store</c>; <c>--store</c> and <c>DIPLO_STORE</c> set <see cref="Path"/>).</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>Sqlite (embedded default) or Postgres.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>The SQLite data directory; when empty, the default data directory is used.</summary>
    public string? Path { get; set; }

    /// <summary>PostgreSQL connection string (Provider = Postgres).</summary>
    public string? ConnectionString { get; set; }
}
