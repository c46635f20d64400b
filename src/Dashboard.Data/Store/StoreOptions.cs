namespace Dashboard.Data.Store;

/// <summary>
/// Where documents are kept: SQLite in a file under <see cref="DataDirectory"/> (the embedded default), or
/// PostgreSQL when <see cref="Provider"/> is "postgres" and <see cref="ConnectionString"/> says where.
/// </summary>
public sealed class StoreOptions
{
    public const string Section = "Dashboard:Store";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Provider { get; set; } = Sqlite;

    /// <summary>For PostgreSQL: a Npgsql connection string. For SQLite: optional; by default a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    public string DataDirectory { get; set; } = "data";

    public string SqliteFile => Path.Combine(DataDirectory, "dashboard.db");

    public string EffectiveConnectionString => Provider switch
    {
        Sqlite => ConnectionString ?? $"Data Source={SqliteFile}",
        Postgres => ConnectionString ?? throw new InvalidOperationException("Dashboard:Store:ConnectionString is required when the provider is postgres."),
        _ => throw new InvalidOperationException($"Unknown store provider '{Provider}': use '{Sqlite}' or '{Postgres}'."),
    };
}
