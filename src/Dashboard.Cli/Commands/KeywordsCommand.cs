using System.Globalization;
using Dashboard.Segmentation.Keywords;
using Dashboard.Segmentation.PosTagging;

namespace Dashboard.Cli.Commands;

/// <summary>keywords --tfidf K | --textrank K [--dict PATH] [--user-dict PATH] [--idf PATH] [--stop-words PATH] [FILE]:
/// the top K keywords of the whole input, word&lt;TAB&gt;weight.</summary>
internal static class KeywordsCommand
{
    public static int Run(IEnumerable<string> args, Stream stdin, TextWriter stdout)
    {
        var parsed = CliArguments.Parse(
            args,
            new HashSet<string> { "--tfidf", "--textrank", "--dict", "--user-dict", "--idf", "--stop-words" },
            new HashSet<string>());
        var tfidf = parsed.IntValue("--tfidf");
        var textRank = parsed.IntValue("--textrank");
        if (tfidf is null == textRank is null)
        {
            throw new CliException("give exactly one of --tfidf K or --textrank K");
        }

        foreach (var option in new[] { "--idf", "--stop-words" })
        {
            var file = parsed.Value(option);
            if (file is not null && !File.Exists(file))
            {
                throw new CliException($"{file}: no such file ({option})", 1);
            }
        }

        var text = TextInput.Read(parsed.Positional, stdin);
        var segmenter = SegmenterOptions.Load(parsed.Value("--dict"), parsed.Value("--user-dict"));
        var stopWords = new StopWords();
        if (parsed.Value("--stop-words") is { } stopWordFile)
        {
            stopWords.Add(stopWordFile);
        }

        IReadOnlyList<Keyword> keywords;
        if (tfidf is { } k)
        {
            var idf = IdfTable.Load(parsed.Value("--idf") ?? segmenter.Paths.Idf);
            keywords = new TfidfExtractor(segmenter, idf, stopWords).ExtractTagsWithWeight(text, k);
        }
        else
        {
            keywords = new TextRankExtractor(new PosSegmenter(segmenter), stopWords).ExtractTagsWithWeight(text, textRank!.Value);
        }

        foreach (var keyword in keywords)
        {
            stdout.Write(keyword.Word);
            stdout.Write('\t');
            stdout.Write(keyword.Weight.ToString("F6", CultureInfo.InvariantCulture));
            stdout.Write('\n');
        }

        return 0;
    }
}
