using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Text;
using Dashboard.Data.Store;

namespace Dashboard.Data.Queries;

/// <summary>A highlight's place in a text: absolute offsets and what it marks.</summary>
public sealed record MarkedSpan(int Start, int Length, TextMark Mark)
{
    public int End => Start + Length;
}

/// <summary>
/// Cuts a text into segments at every start and end of a highlight, so overlapping highlights (a theme's term inside
/// a measure clause) both show: each segment carries all the marks that cover it.
/// </summary>
public static class DocumentHighlights
{
    /// <summary>The spans of a stored result in the normalised text: theme terms, typed measure clauses, priorities.</summary>
    public static IReadOnlyList<MarkedSpan> InNormalised(StoredResult result) =>
    [
        .. result.ThemeHits.Select(h => new MarkedSpan(h.Evidence.Start, h.Evidence.Length, new TextMark(TextMarkKind.Theme, h.ThemeId, h.Term))),
        .. result.Measures.Where(m => m.TypeId != InstrumentType.NoneId)
            .Select(m => new MarkedSpan(m.Evidence.Start, m.Evidence.Length, new TextMark(TextMarkKind.Instrument, m.TypeId, m.CategoryId))),
        .. result.Priorities.Select(p => new MarkedSpan(p.Start, p.Length, new TextMark(TextMarkKind.Priority, p.Kind.ToString(), p.Item))),
    ];

    /// <summary>The same theme terms and measure clauses in the text as received (where the evidence maps back to it).</summary>
    public static IReadOnlyList<MarkedSpan> InOriginal(StoredResult result) =>
    [
        .. result.ThemeHits.Where(h => h.Evidence.SourceStart >= 0 && h.Evidence.SourceLength > 0)
            .Select(h => new MarkedSpan(h.Evidence.SourceStart, h.Evidence.SourceLength, new TextMark(TextMarkKind.Theme, h.ThemeId, h.Term))),
        .. result.Measures.Where(m => m.TypeId != InstrumentType.NoneId && m.Evidence.SourceStart >= 0 && m.Evidence.SourceLength > 0)
            .Select(m => new MarkedSpan(m.Evidence.SourceStart, m.Evidence.SourceLength, new TextMark(TextMarkKind.Instrument, m.TypeId, m.CategoryId))),
    ];

    /// <summary>The normalised text's sentences, each cut at its highlights.</summary>
    public static IReadOnlyList<DocumentSentence> Sentences(string normalisedText, IReadOnlyList<MarkedSpan> spans)
    {
        var sentences = SentenceSplitter.Split(normalisedText);
        var bySentence = sentences.Select(_ => new List<MarkedSpan>()).ToList();
        var sentence = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            while (sentence < sentences.Count && sentences[sentence].End <= span.Start)
            {
                sentence++;
            }

            // A span may run past its sentence's end (it never should); every sentence it touches gets its part.
            for (var i = sentence; i < sentences.Count && sentences[i].Start < span.End; i++)
            {
                bySentence[i].Add(span);
            }
        }

        return [.. sentences.Select(s => new DocumentSentence(s.Index, Cut(normalisedText, s.Start, s.End, bySentence[s.Index])))];
    }

    /// <summary>Cuts text[start..end) at the boundaries of the spans that fall in it.</summary>
    public static IReadOnlyList<TextSegment> Cut(string text, int start, int end, IReadOnlyList<MarkedSpan> spans)
    {
        end = Math.Min(end, text.Length);
        var inside = spans.Where(s => s.Length > 0 && s.Start < end && s.End > start).ToList();
        var cuts = new SortedSet<int> { start, end };
        foreach (var span in inside)
        {
            cuts.Add(Math.Max(span.Start, start));
            cuts.Add(Math.Min(span.End, end));
        }

        var segments = new List<TextSegment>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            var marks = inside.Where(s => s.Start <= from && s.End >= to).Select(s => s.Mark).Distinct().ToList();
            if (segments.Count > 0 && marks.Count == 0 && segments[^1].Marks.Count == 0)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + text[from..to] };
                continue;
            }

            segments.Add(new TextSegment(text[from..to], marks));
        }

        return segments;
    }
}
