using System.Globalization;
using System.Text;

namespace Dashboard.Benchmarks.Comparison;

/// <summary>The side-by-side table, as Markdown: printed, and written to BenchmarkDotNet.Artifacts.</summary>
internal sealed class ComparisonReport
{
    private const string Dash = "–";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly List<string[]> _rows = [];
    private readonly List<string> _header = [];
    private readonly List<string> _notes = [];

    public required OurSegmenterRun Ours { get; init; }

    public ExternalResult? NodeRs { get; init; }

    public ExternalResult? Python { get; init; }

    public required BenchmarkInput Input { get; init; }

    public required CompareOptions Options { get; init; }

    public List<string> Missing { get; init; } = [];

    public string Build()
    {
        var mb = Input.Utf8Bytes / 1e6;
        _header.Add("# Segmenter comparison: ours vs @node-rs/jieba vs Python jieba");
        _header.Add("");
        _header.Add(F($"- {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        if (File.Exists("/proc/loadavg"))
        {
            _header.Add($"- Load average at the end (1/5/15 min): {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} — other work on this machine skews every column.");
        }

        _header.Add(F($"- Input: weicheng.utf8 × {Input.Repeat} = {mb:F2} MB UTF-8 (MB = 10^6 bytes), {Input.Lines.Length} lines cut one by one, precise mode with HMM, one thread; all three read the same bytes and the same jieba.dict.utf8 (nodejieba 3.5.8)."));
        _header.Add(F($"- Medians of {Options.Runs} runs (ours, @node-rs/jieba); Python jieba: {Options.PythonRuns} run(s) over the same whole input."));
        _header.Add("- @node-rs/jieba uses its built-in HMM model (jieba's finalseg, as ours and Python's); its dictionary is loaded from the same file with `Jieba.withDict`.");
        foreach (var missing in Missing)
        {
            _header.Add($"- **{missing}**");
        }

        AddLoadRows();
        AddThroughputRows();
        AddMemoryRows();
        AddAgreementRows();

        var text = new StringBuilder();
        foreach (var line in _header)
        {
            text.AppendLine(line);
        }

        text.AppendLine();
        var nodeName = NodeRs is null ? "@node-rs/jieba" : $"@node-rs/jieba {NodeRs.Version}";
        var pythonName = Python is null ? "Python jieba" : $"Python jieba {Python.Version}";
        AppendTable(text, ["Metric", "Ours", nodeName, pythonName, "Target (ours)", "Met"]);

        text.AppendLine();
        foreach (var note in _notes)
        {
            text.AppendLine(Invariant, $"- {note}");
        }

        return text.ToString();
    }

    /// <summary>Markdown, padded so that it also reads as a table on the console.</summary>
    private void AppendTable(StringBuilder text, string[] header)
    {
        var widths = header.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var rightAligned = new[] { false, true, true, true, false, false };
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => rightAligned[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";
        text.AppendLine(Line(header));
        text.AppendLine("|" + string.Join("|", widths.Select((w, i) => rightAligned[i] ? new string('-', w + 1) + ":" : new string('-', w + 2))) + "|");
        foreach (var row in _rows)
        {
            text.AppendLine(Line(row));
        }
    }

    private void AddLoadRows()
    {
        _rows.Add(["Dictionary load, parse text, fresh process (ms)", Ms(Ours.ParseLoadMs), Ms(NodeRs?.LoadMs), Ms(Python?.LoadMs), "< 150 ms", Met(Ours.ParseLoadMs < 150)]);
        _rows.Add(["Dictionary load, from cache, fresh process (ms)", Ms(Ours.CachedLoadMs), "no cache", Ms(Python?.SecondLoadMs), "< 150 ms", Met(Ours.CachedLoadMs < 150)]);
        _rows.Add(["Dictionary load, parse text, again in-process (ms)", Ms(Ours.InProcessParseLoadMs), Ms(NodeRs?.SecondLoadMs), Dash, "", ""]);
        _notes.Add(F($"Fresh-process loads: ours = median of {Options.Runs} new processes (JIT included; the HMM loads in parallel); @node-rs/jieba = the first `withDict` (file read included) in its process; Python = `jieba.initialize()` with a fresh cache path (cold, it also writes its cache), then a second Tokenizer reading that cache (warm)."));
    }

    private void AddThroughputRows()
    {
        _rows.Add(["Throughput, tokens as strings (MB/s)", Rate(Ours.CutMbPerSecond), Rate(NodeRs?.MbPerSecond), Rate(Python?.MbPerSecond), "", ""]);
        _rows.Add(["Throughput, CutRanges, no strings (MB/s)", Rate(Ours.CutRangesMbPerSecond), Dash, Dash, "", ""]);
        var overNode = NodeRs is null ? (double?)null : Ours.CutMbPerSecond / NodeRs.MbPerSecond;
        var overPython = Python is null ? (double?)null : Ours.CutMbPerSecond / Python.MbPerSecond;
        _rows.Add(["Throughput ratio ours ÷ @node-rs/jieba", Ratio(overNode), "", "", "≥ 1.5×", overNode is null ? Dash : Met(overNode >= 1.5)]);
        _rows.Add(["Throughput ratio ours ÷ Python jieba", Ratio(overPython), "", "", "≥ 15×", overPython is null ? Dash : Met(overPython >= 15)]);
    }

    private void AddMemoryRows()
    {
        _rows.Add(["Memory: `segmenter.MemoryBytes` (MB)", Megabytes(Ours.MemoryBytes), Dash, Dash, "< 150 MB", Met(Ours.MemoryBytes < 150e6)]);
        _rows.Add(["Memory: managed heap delta after load (MB)", Megabytes(Ours.HeapDeltaBytes), Dash, Dash, "< 150 MB", Met(Ours.HeapDeltaBytes < 150e6)]);
        _rows.Add(["Memory: process RSS delta on load (MB)", Megabytes(Ours.RssDeltaBytes), Megabytes(NodeRs?.RssDeltaBytes), Megabytes(Python?.RssDeltaBytes), "", ""]);
        _notes.Add("Heap delta: GC.GetTotalMemory(true) before and after `JiebaSegmenter.Create` with the segmenter kept alive. RSS delta: resident set before and after the load (it also counts garbage not yet returned to the OS), the only figure comparable across runtimes.");
    }

    private void AddAgreementRows()
    {
        var counts = new[] { (long?)Ours.Tokens, NodeRs?.Tokens, Python?.Tokens };
        var present = counts.Where(c => c is not null).ToArray();
        var same = present.All(c => c == Ours.Tokens);
        _rows.Add(["Tokens, whole input", Count(Ours.Tokens), Count(NodeRs?.Tokens), Count(Python?.Tokens), "all equal", present.Length < 2 ? Dash : Met(same)]);

        var node = NodeRs is null ? (false, Dash) : TokenAgreement.Compare(Ours.FirstLineTokens, NodeRs.FirstLineTokens);
        var python = Python is null ? (false, Dash) : TokenAgreement.Compare(Ours.FirstLineTokens, Python.FirstLineTokens);
        var identical = (NodeRs is null || node.Item1) && (Python is null || python.Item1);
        _rows.Add([F($"Identical tokens, first {Math.Min(Options.FirstLines, Input.Lines.Length)} lines"), "(reference)", node.Item2, python.Item2, "identical", NodeRs is null && Python is null ? Dash : Met(identical)]);
        foreach (var (name, result) in new[] { ("@node-rs/jieba", NodeRs), ("Python jieba", Python) })
        {
            if (result is not null && result.Bytes != Input.Utf8Bytes)
            {
                _notes.Add(F($"{name} counted {result.Bytes} input bytes, ours {Input.Utf8Bytes}."));
            }
        }

        _notes.Add(present.Length < 2
            ? "Agreement: only our segmenter ran."
            : F($"Agreement: token counts {(same ? "agree" : "DISAGREE")}; first lines {(identical ? "identical" : "DIFFER")}."));
    }

    private static string F(FormattableString value) => value.ToString(Invariant);

    private static string Ms(double? value) => value is null ? Dash : value.Value.ToString("F0", Invariant);

    private static string Rate(double? value) => value is null ? Dash : value.Value.ToString("F2", Invariant);

    private static string Ratio(double? value) => value is null ? Dash : value.Value.ToString("F2", Invariant) + "×";

    private static string Megabytes(long? value) => value is null ? Dash : (value.Value / 1e6).ToString("F1", Invariant);

    private static string Count(long? value) => value is null ? Dash : value.Value.ToString("N0", Invariant);

    private static string Met(bool met) => met ? "yes" : "**NO**";
}
