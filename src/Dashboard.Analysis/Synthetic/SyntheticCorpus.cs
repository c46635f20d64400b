using System.Globalization;
using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Synthetic;

/// <summary>
/// Generated documents for benchmarks and load tests, built from real sentences (the seeds') spread over many
/// localities. Every document is marked <see cref="DocumentInput.Synthetic"/>, its id starts with "synthetic-" and
/// its title with "[合成]", so it can never pass for real data.
/// </summary>
public static class SyntheticCorpus
{
    public const string IdPrefix = "synthetic-";
    public const string TitleMark = "[合成]";

    /// <param name="sentences">Sentences to draw from (normalised).</param>
    /// <param name="places">Localities to spread the documents over; each document is about one of them.</param>
    /// <param name="replaceNames">Place names in the sentences to replace by each document's locality (e.g. 东莞, 绥化).</param>
    /// <param name="count">Number of documents.</param>
    /// <param name="seed">Random seed: the same arguments give the same corpus.</param>
    public static IReadOnlyList<DocumentInput> Generate(
        IReadOnlyList<string> sentences,
        IReadOnlyList<PlaceRef> places,
        IReadOnlyList<string> replaceNames,
        int count,
        int seed = 20241128)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (sentences.Count == 0 || places.Count == 0)
        {
            throw new ArgumentException("Synthetic documents need sentences and places.");
        }

        var random = new Random(seed);
        var documents = new List<DocumentInput>(count);
        for (var i = 0; i < count; i++)
        {
            var place = places[i % places.Count];
            var shortName = ShortName(place.Name);
            var month = random.Next(1, 13);
            var day = random.Next(1, 29);
            var year = random.Next(2023, 2026);
            var title = $"{TitleMark}{place.Name}新质生产力发展大会召开";
            var lines = new List<string> { $"{month}月{day}日，{place.Name}新质生产力发展大会召开。" };
            var length = random.Next(25, 61);
            for (var s = 0; s < length; s++)
            {
                var sentence = sentences[random.Next(sentences.Count)];
                foreach (var name in replaceNames)
                {
                    sentence = sentence.Replace(name, shortName, StringComparison.Ordinal);
                }

                lines.Add(sentence);
            }

            documents.Add(new DocumentInput($"{IdPrefix}{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}", string.Join('\n', lines))
            {
                Title = title,
                LocalityCode = place.Code,
                Date = new PolicyDate(year, month, day),
                Kind = DocumentKind.MeetingRelease,
                Issuer = place.Name,
                Synthetic = true,
            });
        }

        return documents;
    }

    /// <summary>The sentences of some texts, to feed <see cref="Generate"/>.</summary>
    public static IReadOnlyList<string> SentencesOf(IEnumerable<string> normalisedTexts) =>
        [.. normalisedTexts.SelectMany(t => SentenceSplitter.Split(t)).Select(s => s.Text).Where(s => s.Length >= 10)];

    private static string ShortName(string name)
    {
        foreach (var suffix in new[] { "自治州", "地区", "市", "县", "区", "盟", "省" })
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
