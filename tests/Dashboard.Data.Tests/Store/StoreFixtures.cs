using Dashboard.Analysis.Corpus;
using Dashboard.Data.Store;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dashboard.Data.Tests.Store;

/// <summary>A fresh, migrated database for one test class; removed afterwards. No in-memory stand-in.</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private static readonly Lazy<AnalysisResources> SharedResources = new(() => AnalysisResources.Load());

    public StoreOptions Options { get; protected set; } = new();

    public DocumentStore Store => new(() => DashboardDbContextFactory.Create(Options), new DocumentAnalyzer(SharedResources.Value));

    public DashboardDbContext Context() => DashboardDbContextFactory.Create(Options);

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dashboard.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Dashboard.sln not found above the test output.");
        }
    }
}

/// <summary>SQLite in a temporary file.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dashboard-store-test").FullName;

    public override async Task InitializeAsync()
    {
        Options = new StoreOptions { Provider = StoreOptions.Sqlite, DataDirectory = _directory };
        await DashboardDbContextFactory.MigrateAsync(Options);
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// A database of its own on the PostgreSQL server that tests/run.sh starts (tests/postgres.sh); the connection
/// string comes from DASHBOARD_TEST_POSTGRES.
/// </summary>
public sealed class PostgresStoreFixture : StoreFixture
{
    private readonly string _database = "dashboard_test_" + Guid.NewGuid().ToString("N")[..12];
    private string _admin = "";

    public override async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("DASHBOARD_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "DASHBOARD_TEST_POSTGRES is not set. The store tests need a PostgreSQL server: run the README's test command (bash tests/run.sh), or eval \"$(bash tests/postgres.sh)\" first.");
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {_database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        Options = new StoreOptions
        {
            Provider = StoreOptions.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString,
        };
        await DashboardDbContextFactory.MigrateAsync(Options);
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists {_database} with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
