using Dashboard.Analysis.Text;
using Dashboard.Segmentation.Keywords;

namespace Dashboard.Analysis.Corpus;

/// <summary>
/// The words the comparison statistics count: two characters or more, containing a letter or ideograph (so no
/// punctuation or bare numbers), not stop words (jieba's list plus its built-in English ones), and not place names:
/// a locality's own name is trivially distinctive of it and says nothing about its priorities.
/// </summary>
public sealed class ContentWords(StopWords stopWords, IReadOnlySet<string> placeNames)
{
    public bool Counts(string word)
    {
        if (word.Length < 2 || stopWords.Contains(word.ToLowerInvariant()) || placeNames.Contains(word))
        {
            return false;
        }

        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }

    public IReadOnlyDictionary<string, int> Count(AnalysedText text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in text.Tokens)
        {
            if (Counts(token.Word))
            {
                counts[token.Word] = counts.GetValueOrDefault(token.Word) + 1;
            }
        }

        return counts;
    }
}
