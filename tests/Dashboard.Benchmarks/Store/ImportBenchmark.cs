using System.Diagnostics;
using System.Globalization;
using Dashboard.Analysis.Corpus;
using Dashboard.Data.Store;
using Npgsql;

namespace Dashboard.Benchmarks.Store;

/// <summary>
/// <c>import [--documents N] [--postgres CONNECTION]</c>: imports a synthetic corpus (as the analysis benchmark
/// builds it) into a fresh SQLite file and, when a PostgreSQL connection is given (or DASHBOARD_TEST_POSTGRES is
/// set), into a fresh PostgreSQL database: analysis on all cores, each document saved in its own transaction.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.SkipWhile(a => a != "--documents").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1000);
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("DASHBOARD_TEST_POSTGRES");

        var resources = AnalysisResources.Load();
        var analyzer = new DocumentAnalyzer(resources);
        var (corpus, places) = SyntheticInput.Build(analyzer, count, 300);
        // Each synthetic document gets a distinct first line, so none is a duplicate of another.
        var documents = corpus.Select(d => new NewDocument(d.RawText + $"\n（编号{d.Id}）")
        {
            PublicId = d.Id,
            Title = d.Title,
            LocalityCode = d.LocalityCode,
            Date = d.Date,
            Kind = d.Kind,
            Issuer = d.Issuer,
            Synthetic = true,
        }).ToList();
        Console.WriteLine($"{documents.Count} synthetic documents over {places.Count} localities");

        var rows = new List<string>();
        var sqliteDirectory = Directory.CreateTempSubdirectory("import-bench").FullName;
        rows.Add(await TimeAsync("SQLite", new StoreOptions { DataDirectory = sqliteDirectory }, documents, analyzer));
        Directory.Delete(sqliteDirectory, recursive: true);

        if (postgres is not null)
        {
            var database = "dashboard_bench_" + Guid.NewGuid().ToString("N")[..8];
            await Execute(postgres, $"create database {database}");
            var options = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString };
            rows.Add(await TimeAsync("PostgreSQL", options, documents, analyzer));
            NpgsqlConnection.ClearAllPools();
            await Execute(postgres, $"drop database {database} with (force)");
        }
        else
        {
            Console.WriteLine("no PostgreSQL connection (--postgres or DASHBOARD_TEST_POSTGRES): PostgreSQL not measured");
        }

        Console.WriteLine();
        Console.WriteLine("| store | documents | imported and analysed in | documents/s | target |");
        Console.WriteLine("|---|--:|--:|--:|---|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<string> TimeAsync(string name, StoreOptions options, List<NewDocument> documents, DocumentAnalyzer analyzer)
    {
        await DashboardDbContextFactory.MigrateAsync(options);
        var store = new DocumentStore(() => DashboardDbContextFactory.Create(options), analyzer);
        var watch = Stopwatch.StartNew();
        var stored = 0;
        foreach (var chunk in documents.Chunk(Environment.ProcessorCount * 4))
        {
            var prepared = chunk.AsParallel().AsOrdered().Select(store.Prepare).ToList();
            foreach (var p in prepared)
            {
                stored += (await store.SaveAsync(p)).Added ? 1 : 0;
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: {stored} documents in {seconds:F1} s");
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {stored} | {seconds:F1} s | {stored / seconds:F0} | 1,000 in < 20 s: {(seconds < 20 * stored / 1000.0 ? "met" : "not met")} |");
    }

    private static async Task Execute(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }
}
