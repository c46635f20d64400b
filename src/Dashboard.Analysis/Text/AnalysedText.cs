using Dashboard.Normalisation;
using Dashboard.Segmentation;

namespace Dashboard.Analysis.Text;

/// <summary>
/// A document's text ready for analysis: normalised (with the map back to the original), split into sentences,
/// and segmented into words with offsets. Every analysis reads this; none segments again.
/// </summary>
public sealed class AnalysedText
{
    private readonly int[] _sentenceStarts;

    public AnalysedText(NormalisedText normalised, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens)
    {
        Normalised = normalised;
        Sentences = sentences;
        Tokens = tokens;
        _sentenceStarts = [.. sentences.Select(s => s.Start)];
    }

    public NormalisedText Normalised { get; }

    /// <summary>The normalised text; all offsets here are into it.</summary>
    public string Text => Normalised.Text;

    /// <summary>The text as received.</summary>
    public string Source => Normalised.Source;

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Every token of the precise cut, white space and punctuation included, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentence holding the character at <paramref name="offset"/>, or null for white space between sentences.</summary>
    public Sentence? SentenceAt(int offset)
    {
        var index = Array.BinarySearch(_sentenceStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0)
        {
            return null;
        }

        var sentence = Sentences[index];
        return offset < sentence.End ? sentence : null;
    }

    /// <summary>Tokens of one sentence.</summary>
    public IEnumerable<Token> TokensOf(Sentence sentence) =>
        Tokens.SkipWhile(t => t.EndIndex <= sentence.Start).TakeWhile(t => t.StartIndex < sentence.End);

    /// <summary>Where a span of the normalised text is in the original.</summary>
    public TextSpan ToSource(int start, int length)
    {
        var (sourceStart, sourceLength) = Normalised.ToSourceSpan(start, length);
        return new TextSpan(sourceStart, sourceLength);
    }
}

/// <summary>A span of a text: start and length in UTF-16 units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
