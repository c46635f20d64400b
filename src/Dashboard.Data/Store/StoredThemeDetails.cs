using System.Globalization;
using System.Text;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Themes;

namespace Dashboard.Data.Store;

/// <summary>How often one term of a theme occurs in one document.</summary>
public readonly record struct ThemeTermHits(string Term, int Hits);

/// <summary>
/// How strongly one sentence of a document speaks of a theme: its distinct terms and hits, the order the theme page
/// ranks key sentences by. The sentence's text is stored beside it and read only for the sentences shown.
/// </summary>
public readonly record struct KeySentenceScore(int SentenceIndex, int DistinctTerms, int Hits);

/// <summary>A key sentence as shown: its text, where its first term is, and which term it is.</summary>
public sealed record StoredKeySentence(int SentenceIndex, int DistinctTerms, int Hits, int MatchStart, int MatchLength, string Term, string Sentence);

/// <summary>
/// What the theme page needs of one document and theme, precomputed when the document is analysed so that opening
/// a theme reads no stored analysis: its terms' hits, the scores of its best sentences, and their texts. Stored as
/// text columns of the theme-count row (one line per entry), like the document's word counts.
/// </summary>
public static class StoredThemeDetails
{
    /// <summary>How many of a document's sentences are kept per theme: more than the page shows per locality, so
    /// sentences repeated word for word across documents can be dropped and enough remain.</summary>
    public const int SentencesKept = 6;

    public static string WriteTerms(IEnumerable<ThemeHit> hits) => StoredTermCounts.Write(
        hits.GroupBy(h => h.Term, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));

    /// <param name="words">Words already read, so a snapshot of thousands of documents holds each term once.</param>
    public static ThemeTermHits[] ReadTerms(string text, Dictionary<string, string>? words = null)
    {
        var span = text.AsSpan();
        var result = new List<ThemeTermHits>(4);
        foreach (var line in span.EnumerateLines())
        {
            var space = line.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var word = line[..space].ToString();
            if (words is not null)
            {
                word = words.TryGetValue(word, out var known) ? known : words[word] = word;
            }

            result.Add(new ThemeTermHits(word, int.Parse(line[(space + 1)..], NumberStyles.None, CultureInfo.InvariantCulture)));
        }

        return [.. result];
    }

    /// <summary>The best sentences of one theme in one document: most distinct terms, then most hits, then first.</summary>
    public static IReadOnlyList<StoredKeySentence> Best(IEnumerable<ThemeHit> hits) =>
        [.. hits
            .GroupBy(h => h.Evidence.SentenceIndex)
            .Select(g => g.OrderBy(h => h.Evidence.Start).ToList())
            .Select(g => new StoredKeySentence(
                g[0].Evidence.SentenceIndex,
                g.Select(h => h.Term).Distinct(StringComparer.Ordinal).Count(),
                g.Count,
                g[0].Evidence.StartInSentence,
                g[0].Evidence.Length,
                g[0].Term,
                g[0].Evidence.Sentence))
            .OrderByDescending(s => s.DistinctTerms)
            .ThenByDescending(s => s.Hits)
            .ThenBy(s => s.SentenceIndex)
            .DistinctBy(s => s.Sentence, StringComparer.Ordinal)
            .Take(SentencesKept)];

    /// <summary>The best sentences of one theme in each document of <paramref name="hits"/>.</summary>
    public static IEnumerable<(string DocumentId, StoredKeySentence Sentence)> BestByDocument(IEnumerable<ThemeHit> hits) =>
        hits.GroupBy(h => h.Evidence.DocumentId, StringComparer.Ordinal).SelectMany(g => Best(g).Select(s => (g.Key, s)));

    public static string WriteScores(IEnumerable<StoredKeySentence> sentences) =>
        string.Concat(sentences.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.SentenceIndex} {s.DistinctTerms} {s.Hits}\n")));

    public static KeySentenceScore[] ReadScores(string text)
    {
        var scores = new List<KeySentenceScore>(SentencesKept);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var first = line.IndexOf(' ');
            var second = first + 1 + line[(first + 1)..].IndexOf(' ');
            scores.Add(new KeySentenceScore(Int(line[..first]), Int(line[(first + 1)..second]), Int(line[(second + 1)..])));
        }

        return [.. scores];
    }

    // Sentences hold no tab or line end after normalisation (a sentence ends at a line end), so both separate safely.
    public static string WriteSentences(IEnumerable<StoredKeySentence> sentences)
    {
        var text = new StringBuilder();
        foreach (var s in sentences)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.SentenceIndex}\t{s.DistinctTerms}\t{s.Hits}\t{s.MatchStart}\t{s.MatchLength}\t{s.Term}\t")
                .Append(s.Sentence.Replace('\t', ' ').Replace('\n', ' ')).Append('\n');
        }

        return text.ToString();
    }

    public static IReadOnlyList<StoredKeySentence> ReadSentences(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var parts = line.Split('\t', 7);
            return new StoredKeySentence(Int(parts[0]), Int(parts[1]), Int(parts[2]), Int(parts[3]), Int(parts[4]), parts[5], parts[6]);
        })];

    /// <summary>How many measure clauses of each instrument type mention each theme (a theme term starts inside the
    /// clause): the comparison's theme × instrument matrix, summed over a group's documents.</summary>
    public static Dictionary<(string ThemeId, string TypeId), int> ThemeInstruments(IEnumerable<MeasureClause> measures, IReadOnlyList<ThemeHit> hits)
    {
        var pairs = new Dictionary<(string, string), int>();
        foreach (var clause in measures)
        {
            var start = clause.Evidence.Start;
            var end = start + clause.Evidence.Length;
            var typeId = string.IsNullOrEmpty(clause.TypeId) ? InstrumentType.NoneId : clause.TypeId;
            foreach (var themeId in hits.Where(h => h.Evidence.Start >= start && h.Evidence.Start < end).Select(h => h.ThemeId).Distinct(StringComparer.Ordinal))
            {
                pairs[(themeId, typeId)] = pairs.GetValueOrDefault((themeId, typeId)) + 1;
            }
        }

        return pairs;
    }

    public static string WriteThemeInstruments(IReadOnlyDictionary<(string ThemeId, string TypeId), int> pairs) =>
        string.Concat(pairs.OrderBy(p => p.Key.ThemeId, StringComparer.Ordinal).ThenBy(p => p.Key.TypeId, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key.ThemeId} {p.Key.TypeId} {p.Value}\n")));

    public static Dictionary<(string ThemeId, string TypeId), int> ReadThemeInstruments(string text)
    {
        var pairs = new Dictionary<(string, string), int>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            pairs[(string.Intern(parts[0]), string.Intern(parts[1]))] = Int(parts[2]);
        }

        return pairs;
    }

    private static int Int(ReadOnlySpan<char> text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
