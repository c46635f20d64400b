using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Dashboard.Normalisation.Tests;

/// <summary>
/// Over the real documents of the gold corpus (tests/corpus/docs) and the seeds: no pinyin annotation survives
/// normalisation, whatever its form, and the counts of those removed, by form, are printed for the record.
/// </summary>
public sealed partial class CorpusAnnotationTests(ITestOutputHelper output)
{
    // A character, then parentheses holding only letters, tone marks, tone numbers and the spaces a page wraps them in.
    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})[(（]([a-zA-Zａ-ｚāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u0300-\u030C1-5１-５\s]{1,24})[)）]")]
    private static partial Regex Annotation();

    private static IEnumerable<string> Documents =>
        Directory.GetFiles(Path.Combine(Seeds.RepositoryRoot, "tests", "corpus", "docs"), "*.txt")
            .Concat(Directory.GetFiles(Seeds.Directory, "*.txt"))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void No_pinyin_annotation_survives_normalisation_in_the_gold_corpus_or_the_seeds()
    {
        var survivors = new List<string>();
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Documents)
        {
            var raw = File.ReadAllText(path);
            foreach (Match match in Annotation().Matches(raw))
            {
                if (Reading(match) is { } found)
                {
                    var form = (path.StartsWith(Seeds.Directory, StringComparison.Ordinal) ? "seeds, " : "gold corpus, ") + found;
                    removed[form] = removed.GetValueOrDefault(form) + 1;
                }
            }

            survivors.AddRange(Annotation().Matches(Normalisers.Normalise(raw))
                .Where(match => Reading(match) is not null && !IsEnglishWordKept(match))
                .Select(match => $"{Path.GetFileName(path)}: {match.Value}"));
        }

        foreach (var (form, count) in removed.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{form}: {count}");
        }

        Assert.True(removed.Values.Sum() > 100, "the corpus holds pages with pinyin annotations");
        Assert.True(survivors.Count == 0, string.Join("\n", survivors));
    }

    /// <summary>The annotation's form when its content is one syllable, else null.</summary>
    private static string? Reading(Match match)
    {
        var content = match.Groups[2].Value;
        var letters = string.Concat(content.Where(c => !char.IsWhiteSpace(c)).Select(Fold));
        if (!PinyinSyllableReader.IsSyllable(letters, out _, out var toned))
        {
            return null;
        }

        var wrapped = content.Any(char.IsWhiteSpace) ? ", wrapped or spaced" : "";
        var numbered = letters.Any(char.IsAsciiDigit);
        return (toned ? numbered ? "tone number" : "tone mark" : "plain letters") + wrapped;
    }

    /// <summary>A toneless syllable that is also an English word stays when it is no reading of the character before it.</summary>
    private static bool IsEnglishWordKept(Match match)
    {
        var letters = string.Concat(match.Groups[2].Value.Where(c => !char.IsWhiteSpace(c)).Select(Fold));
        return PinyinSyllableReader.IsSyllable(letters, out var syllable, out var toned) && !toned && EnglishSyllables.Contains(syllable);
    }

    private static char Fold(char c) => c is >= 'ａ' and <= 'ｚ' ? (char)(c - 'ａ' + 'a') : c is >= '１' and <= '５' ? (char)(c - '１' + '1') : c;
}
