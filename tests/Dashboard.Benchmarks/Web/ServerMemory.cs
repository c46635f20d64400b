using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Dashboard.Benchmarks.Web;

/// <summary>
/// Another .NET process's memory, read from outside without changing the app: a full blocking garbage collection
/// induced through the runtime's diagnostics port (an EventPipe session with the GC heap-collect keyword, as
/// dotnet-gcdump does) and the managed heap size that collection reports, then /proc's resident and private memory.
/// </summary>
internal sealed record ServerMemory(long ManagedHeap, long Private, long Resident)
{
    public static async Task<ServerMemory> MeasureAsync(int processId)
    {
        // Twice: objects kept only by finalizers are gone by the second collection.
        await CollectAsync(processId);
        var heap = await CollectAsync(processId);
        await Task.Delay(1000);
        return new ServerMemory(heap, ProcKilobytes($"/proc/{processId}/smaps_rollup", "Private_") * 1024, ProcKilobytes($"/proc/{processId}/status", "VmRSS:") * 1024);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"managed {ManagedHeap / 1048576.0:F1} MB, private {Private / 1048576.0:F1} MB, resident {Resident / 1048576.0:F1} MB");

    private static async Task<long> CollectAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = client.StartEventPipeSession([new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords)], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Clr.GCStart += e => induced |= e.Depth == 2 && e.Reason is Microsoft.Diagnostics.Tracing.Parsers.Clr.GCReason.Induced;
        source.Clr.GCHeapStats += e =>
        {
            if (induced)
            {
                heap.TrySetResult(e.TotalHeapSize);
            }
        };
        var processing = Task.Run(source.Process);
        try
        {
            return await heap.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await processing;
        }
    }

    private static long ProcKilobytes(string file, string prefix) => File.ReadLines(file)
        .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
        .Sum(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
}
