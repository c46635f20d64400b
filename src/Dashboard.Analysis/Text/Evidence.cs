namespace Dashboard.Analysis.Text;

/// <summary>
/// The sentence behind a number: which document, which sentence, where the matched words are in the normalised
/// text and in the original as received. Self-contained, so charts, tables and reports can show it without the text.
/// </summary>
public sealed record Evidence(
    string DocumentId,
    int SentenceIndex,
    string Sentence,
    int SentenceStart,
    int Start,
    int Length,
    int SourceStart,
    int SourceLength)
{
    /// <summary>Where the match starts inside <see cref="Sentence"/>, for keyword-in-context display.</summary>
    public int StartInSentence => Start - SentenceStart;

    public string Match => Sentence.Substring(StartInSentence, Length);

    public static Evidence Of(string documentId, AnalysedText text, Sentence sentence, int start, int length)
    {
        var source = text.ToSource(start, length);
        return new Evidence(documentId, sentence.Index, sentence.Text, sentence.Start, start, length, source.Start, source.Length);
    }
}
