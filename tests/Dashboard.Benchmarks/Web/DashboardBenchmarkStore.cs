using System.Diagnostics;
using System.Globalization;
using Dashboard.Analysis.Corpus;
using Dashboard.Data.Store;

namespace Dashboard.Benchmarks.Web;

/// <summary>
/// The dashboard benchmark's SQLite store: the shared synthetic corpus imported and analysed once into a cache folder
/// (dashboard.db, as the app names it) and reused while its marker says the same size; <c>--rebuild</c> starts over.
/// </summary>
internal static class DashboardBenchmarkStore
{
    private const string MarkerFile = "bench-store.txt";

    public static async Task<StoreOptions> EnsureAsync(string directory, int documents, int localities, bool rebuild, DocumentAnalyzer analyzer)
    {
        var options = new StoreOptions { DataDirectory = directory };
        var marker = Path.Combine(directory, MarkerFile);
        // A store made by another analysis (other columns, other results) is made again.
        var expected = string.Create(CultureInfo.InvariantCulture, $"documents={documents} localities={localities} analysis={analyzer.Resources.Versions.Analysis}");
        if (!rebuild && File.Exists(marker) && File.ReadAllText(marker).Trim() == expected && File.Exists(options.SqliteFile))
        {
            Console.WriteLine($"store: reusing {Path.GetFullPath(options.SqliteFile)} ({expected})");
            return options;
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var (corpus, places) = SyntheticInput.Build(analyzer, documents, localities);
        Console.WriteLine($"store: importing {corpus.Count} synthetic documents over {places.Count} localities into {Path.GetFullPath(options.SqliteFile)}");
        await DashboardDbContextFactory.MigrateAsync(options);
        var store = new DocumentStore(() => DashboardDbContextFactory.Create(options), analyzer);
        var watch = Stopwatch.StartNew();
        var stored = 0;
        foreach (var chunk in corpus.Chunk(Environment.ProcessorCount * 16))
        {
            // Each synthetic document gets a distinct first line, so none is a duplicate of another.
            var prepared = chunk.AsParallel().AsOrdered().Select(d => store.Prepare(new NewDocument(d.RawText + $"\n（编号{d.Id}）")
            {
                PublicId = d.Id,
                Title = d.Title,
                LocalityCode = d.LocalityCode,
                Date = d.Date,
                Kind = d.Kind,
                Issuer = d.Issuer,
                Synthetic = true,
            })).ToList();
            foreach (var p in prepared)
            {
                stored += (await store.SaveAsync(p)).Added ? 1 : 0;
            }

            if (stored % 1000 < chunk.Length)
            {
                Console.WriteLine($"store: {stored} documents in {watch.Elapsed.TotalSeconds:F0} s");
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.WriteAllText(marker, expected + "\n");
        Console.WriteLine($"store: {stored} documents imported and analysed in {watch.Elapsed.TotalSeconds:F0} s");
        return options;
    }
}
