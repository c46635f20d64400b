using Dashboard.Analysis.Text;
using Dashboard.Segmentation.PosTagging;

namespace Dashboard.Analysis.Priorities;

/// <summary>A sentence cut into part-of-speech tagged words, every offset into the normalised text.</summary>
internal sealed class TaggedSentence
{
    private TaggedSentence(Sentence sentence, IReadOnlyList<TaggedWord> words)
    {
        Sentence = sentence;
        Words = words;
    }

    public Sentence Sentence { get; }

    public IReadOnlyList<TaggedWord> Words { get; }

    public int Start => Sentence.Start;

    public int End => Sentence.End;

    public static TaggedSentence Tag(Sentence sentence, PosSegmenter segmenter)
    {
        var words = new List<TaggedWord>();
        var offset = 0;
        foreach (var pair in segmenter.Cut(sentence.Text))
        {
            // The cut covers the input exactly; searching forward only guards against a word that does not.
            var at = sentence.Text.IndexOf(pair.Word, offset, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            words.Add(new TaggedWord(pair.Word, pair.Flag, sentence.Start + at));
            offset = at + pair.Word.Length;
        }

        return new TaggedSentence(sentence, words);
    }

    /// <summary>The normalised text from <paramref name="start"/> to <paramref name="end"/> (offsets into the text).</summary>
    public string TextOf(int start, int end) => Sentence.Text[(start - Start)..(end - Start)];

    public char CharAt(int offset) => Sentence.Text[offset - Start];

    /// <summary>Words that overlap the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public IEnumerable<TaggedWord> WordsIn(int start, int end) => Words.Where(w => w.End > start && w.Start < end);

    /// <summary>The stretches between ，；：。！？ (and their ASCII forms): the clauses of the sentence.</summary>
    public IReadOnlyList<Clause> Clauses()
    {
        var clauses = new List<Clause>();
        var start = Start;
        for (var i = Start; i < End; i++)
        {
            if (Clause.IsBoundary(CharAt(i)))
            {
                clauses.Add(new Clause(start, i, CharAt(i)));
                start = i + 1;
            }
        }

        if (start < End)
        {
            clauses.Add(new Clause(start, End, null));
        }

        return clauses;
    }
}

/// <summary>A clause of a sentence and the punctuation that ends it (null at the end of the sentence).</summary>
internal readonly record struct Clause(int Start, int End, char? Terminator)
{
    public static bool IsBoundary(char c) =>
        c is '，' or '；' or '：' or '。' or '！' or '？' or ',' or ';' or ':' or '!' or '?' or '\n';

    public bool EndsWithColon => Terminator is '：' or ':';
}
