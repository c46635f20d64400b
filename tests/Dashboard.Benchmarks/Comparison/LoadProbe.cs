using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Dashboard.Segmentation;

namespace Dashboard.Benchmarks.Comparison;

/// <summary>
/// One dictionary load in a fresh process (the <c>load-probe</c> face): the load time as a new process sees it,
/// JIT included, and the memory the loaded segmenter holds. The comparison runs it several times.
/// </summary>
internal static class LoadProbe
{
    public sealed record Sample(double LoadMs, long MemoryBytes, long HeapDeltaBytes, long RssDeltaBytes);

    /// <summary>Child side: <c>load-probe [--cache DIR]</c>; prints a <see cref="Sample"/> as JSON.</summary>
    public static int Run(string[] args)
    {
        var cache = args.Length >= 2 && args[0] == "--cache" ? args[1] : null;
        var lexicon = BenchmarkInput.Lexicon;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var rssBefore = Environment.WorkingSet;
        var stopwatch = Stopwatch.StartNew();
        var segmenter = JiebaSegmenter.Create(lexicon, cacheDirectory: cache);
        var loadMs = stopwatch.Elapsed.TotalMilliseconds;
        var rssAfter = Environment.WorkingSet;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var sample = new Sample(loadMs, segmenter.MemoryBytes, heapAfter - heapBefore, rssAfter - rssBefore);
        GC.KeepAlive(segmenter);
        Console.WriteLine(JsonSerializer.Serialize(sample));
        return 0;
    }

    /// <summary>Parent side: starts this program as <c>load-probe</c> and reads its sample.</summary>
    public static Sample Measure(string? cacheDirectory)
    {
        var arguments = new List<string>();
        var program = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            arguments.Add(Assembly.GetEntryAssembly()!.Location);
        }

        arguments.Add("load-probe");
        if (cacheDirectory is not null)
        {
            arguments.AddRange(["--cache", cacheDirectory]);
        }

        var result = ExternalProcess.Run(program, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"load-probe failed ({result.ExitCode}): {result.ErrorTail}");
        }

        return JsonSerializer.Deserialize<Sample>(result.LastJsonLine)!;
    }
}
