using Dashboard.Normalisation;
using Dashboard.Segmentation;

namespace Dashboard.Analysis.Text;

/// <summary>document → normalise → sentences → words. Thread-safe: one per lexicon and taxonomy.</summary>
public sealed class TextAnalyser(TextNormaliser normaliser, JiebaSegmenter segmenter)
{
    public JiebaSegmenter Segmenter { get; } = segmenter;

    public TextNormaliser Normaliser { get; } = normaliser;

    public AnalysedText Analyse(string raw)
    {
        var normalised = Normaliser.Normalise(raw);
        var sentences = SentenceSplitter.Split(normalised.Text);
        var tokens = Segmenter.Tokenize(normalised.Text).ToList();
        return new AnalysedText(normalised, sentences, tokens);
    }
}
