using System.Text.Json;

namespace Dashboard.Benchmarks.Comparison;

/// <summary>What the Python or Node script printed (JSON), plus the tokens of the first lines it wrote.</summary>
internal sealed class ExternalResult
{
    public string Version { get; init; } = "";

    /// <summary>The first load in the script's fresh process, without any cache.</summary>
    public double LoadMs { get; init; }

    /// <summary>Python: from jieba's own cache (warm); Node: median of in-process repeat loads.</summary>
    public double? SecondLoadMs { get; init; }

    public long RssDeltaBytes { get; init; }

    public double MbPerSecond { get; init; }

    public long Tokens { get; init; }

    public long Bytes { get; init; }

    public List<string[]> FirstLineTokens { get; init; } = [];

    public static ExternalResult Parse(string json, string secondLoadProperty, string tokensPath)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new ExternalResult
        {
            Version = root.GetProperty("version").GetString() ?? "",
            LoadMs = root.GetProperty(root.TryGetProperty("loadFirstMs", out _) ? "loadFirstMs" : "loadColdMs").GetDouble(),
            SecondLoadMs = root.TryGetProperty(secondLoadProperty, out var second) ? second.GetDouble() : null,
            RssDeltaBytes = root.GetProperty("rssDeltaBytes").GetInt64(),
            MbPerSecond = root.GetProperty("mbPerSecond").GetDouble(),
            Tokens = root.GetProperty("tokens").GetInt64(),
            Bytes = root.GetProperty("bytes").GetInt64(),
            FirstLineTokens = File.Exists(tokensPath)
                ? JsonSerializer.Deserialize<List<string[]>>(File.ReadAllText(tokensPath)) ?? []
                : [],
        };
    }
}
