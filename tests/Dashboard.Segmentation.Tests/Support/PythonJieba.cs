using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Dashboard.Segmentation.Tests.Support;

/// <summary>
/// Asks Python jieba 0.42 (Debian's python3-jieba) through Reference/jieba_reference.py. Every call starts one
/// Python process that answers a whole batch of requests, since starting it costs seconds.
/// </summary>
public static class PythonJieba
{
    private const string Python = "/usr/bin/python3";

    private static string Script => Path.Combine(AppContext.BaseDirectory, "Reference", "jieba_reference.py");

    public static JsonObject Cut(string mode, string text, bool hmm = true) =>
        new() { ["op"] = "cut", ["mode"] = mode, ["hmm"] = hmm, ["text"] = text };

    public static JsonObject Keywords(string op, string text, int k, string idf, string? stopWords) =>
        new() { ["op"] = op, ["text"] = text, ["k"] = k, ["idf"] = idf, ["stop_words"] = stopWords };

    public static JsonObject Suggest(string word) => new() { ["op"] = "suggest", ["word"] = word };

    /// <summary>Answers the requests with the tokenizer set up by <paramref name="options"/> (--dict PATH, ...).</summary>
    public static JsonArray Ask(IEnumerable<JsonObject> requests, params string[] options)
    {
        if (!File.Exists(Python) || !Directory.Exists("/usr/lib/python3/dist-packages/jieba"))
        {
            throw new InvalidOperationException(
                "Python jieba is not installed. The agreement tests need Debian's python3-jieba: run the README's test command as root (it installs it), or apt-get install -y python3-jieba.");
        }

        var info = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Script);
        foreach (var option in options)
        {
            info.ArgumentList.Add(option);
        }

        info.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            stdin.Write(new JsonArray([.. requests]).ToJsonString());
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Python jieba failed ({process.ExitCode}): {stderr.Result}");
        }

        return JsonNode.Parse(stdout.Result)!.AsArray();
    }

    /// <summary>A cut answer in the line format: one line per input line, tokens joined by " / ".</summary>
    public static string Lines(JsonNode? answer) =>
        string.Concat(answer!.AsArray().Select(line => string.Join(" / ", line!.AsArray().Select(t => t!.GetValue<string>())) + "\n"));

    /// <summary>A keyword answer as word&lt;TAB&gt;weight lines.</summary>
    public static string KeywordLines(JsonNode? answer) =>
        string.Concat(answer!.AsArray().Select(pair => $"{pair![0]!.GetValue<string>()}\t{pair[1]!.GetValue<string>()}\n"));
}
