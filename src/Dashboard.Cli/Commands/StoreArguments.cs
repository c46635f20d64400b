using Dashboard.Data.Store;

namespace Dashboard.Cli.Commands;

/// <summary>
/// Which store a command works on: --store sqlite|postgres, --connection STRING, --data DIR, or the environment
/// (DASHBOARD_STORE, DASHBOARD_CONNECTION, DASHBOARD_DATA). The default is SQLite in ./data/dashboard.db, the same
/// file the web app uses when started from the repository.
/// </summary>
internal static class StoreArguments
{
    public static readonly IReadOnlySet<string> Options = new HashSet<string> { "--store", "--connection", "--data" };

    public static StoreOptions From(CliArguments parsed)
    {
        var options = new StoreOptions
        {
            Provider = parsed.Value("--store") ?? Environment.GetEnvironmentVariable("DASHBOARD_STORE") ?? StoreOptions.Sqlite,
            ConnectionString = parsed.Value("--connection") ?? Environment.GetEnvironmentVariable("DASHBOARD_CONNECTION"),
            DataDirectory = parsed.Value("--data") ?? Environment.GetEnvironmentVariable("DASHBOARD_DATA") ?? "data",
        };
        if (options.Provider is not (StoreOptions.Sqlite or StoreOptions.Postgres))
        {
            throw new CliException($"--store must be {StoreOptions.Sqlite} or {StoreOptions.Postgres}, not '{options.Provider}'");
        }

        if (options.Provider == StoreOptions.Postgres && options.ConnectionString is null)
        {
            throw new CliException("--store postgres needs --connection (or DASHBOARD_CONNECTION)");
        }

        return options;
    }

    /// <summary>Opens the store, applying any migrations it has not had.</summary>
    public static async Task<StoreOptions> OpenAsync(CliArguments parsed)
    {
        var options = From(parsed);
        try
        {
            await DashboardDbContextFactory.MigrateAsync(options);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            throw new CliException($"cannot open the {options.Provider} store: {ex.Message}", 1);
        }

        return options;
    }
}
