using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Places;

/// <summary>
/// Proposes the locality a policy document is about: the most specific division its place names point at.
/// Issuing bodies (东莞市委, 合肥市第十七届人民代表大会) and meetings opening a clause (绥化市新质生产力发展大会) weigh most,
/// mentions in the first sentence more, plain mentions less, names inside companies and colleges little; short names
/// count only where the context marks them as places; 全省/我市/省委 support the best division of their level.
/// See <see cref="MentionWeights"/>, <see cref="LocalityScoring"/> and <see cref="LocalitySelection"/>.
/// Thread-safe.
/// </summary>
public sealed class LocalityDetector
{
    private const int MaxAlternatives = 10;

    /// <summary>A lead sentence has at least this many Chinese characters, so that a stray line (字号: 大 中 小) is not it.</summary>
    private const int MinLeadHanCount = 6;

    private readonly Gazetteer _gazetteer;
    private readonly PlaceMentionScanner _scanner;

    /// <param name="names">Other names and contexts (abbreviations, references); the default table when null.</param>
    /// <param name="isWord">Whether a string is a word of the segmenter's dictionary, to tell an abbreviation (在深) from
    /// a word it starts (在深化); without it, an abbreviation must stand before a non-Chinese character or its suffix.</param>
    /// <param name="wordStarts">Where a text's words start, for texts detected without their words: short names then
    /// count only as words of their own (大新 is not in 壮大|新兴).</param>
    public LocalityDetector(Gazetteer gazetteer, PlaceNameTable? names = null, Func<string, bool>? isWord = null, Func<string, IReadOnlySet<int>>? wordStarts = null)
    {
        _wordStarts = wordStarts;
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        var table = names ?? PlaceNameTable.LoadDefault();
        Names = table;
        var others = table.OtherNames.Where(n => gazetteer.Find(n.Value) is not null).ToDictionary(n => n.Key, n => gazetteer.Find(n.Value)!, StringComparer.Ordinal);
        var abbreviations = table.Abbreviations.Where(a => gazetteer.Find(a.Value) is not null).ToDictionary(a => a.Key, a => gazetteer.Find(a.Value)!);
        _scanner = new PlaceMentionScanner(new PlaceNameIndex(gazetteer.All, others), table, abbreviations, isWord);
    }

    private readonly Func<string, IReadOnlySet<int>>? _wordStarts;

    public PlaceNameTable Names { get; }

    /// <summary>The locality of a normalised text (simplified characters), or null when it names no place.</summary>
    /// <param name="wordStarts">Where the segmenter's words start, when known: one-character abbreviations (甬) then count
    /// only as words of their own.</param>
    /// <param name="sourceUrl">The page's address, when known: a county site at its pinyin (dongkou.gov.cn) or a path
    /// naming it (/mayang/) is evidence of the publisher's place.</param>
    public LocalityGuess? Detect(string normalisedText, IReadOnlySet<int>? wordStarts = null, string? sourceUrl = null)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var (leadStart, leadEnd) = Lead(normalisedText);
        var (mentions, levels) = _scanner.Scan(normalisedText, leadStart, leadEnd, wordStarts ?? _wordStarts?.Invoke(normalisedText));
        var candidates = LocalityScoring.Score(_gazetteer, mentions, levels);
        var address = SourceAddress.Find(_gazetteer, sourceUrl);
        if (address is { } named)
        {
            if (!candidates.TryGetValue(named.Division, out var addressed))
            {
                candidates[named.Division] = addressed = new CandidateEvidence(named.Division);
            }

            addressed.AddSourceAddress(MentionWeights.SourceAddress);
        }

        if (LocalitySelection.Choose(_gazetteer, candidates) is not { } chosen)
        {
            return null;
        }

        var scored = candidates.Values.Where(c => c.Score > 0).ToList();
        var evidence = EvidenceFor(chosen, candidates, scored);
        if (evidence is null)
        {
            // Only the page's address names it.
            return new LocalityGuess(
                chosen, chosen.Level == AdministrativeLevel.Province ? chosen : _gazetteer.ProvinceOf(chosen),
                Confidence(chosen, scored), address!.Value.Segment, 0, 0, Math.Round(candidates[chosen].Score, 2), []);
        }

        var alternatives = scored
            .Where(c => c.Division != chosen)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Division.Code, StringComparer.Ordinal)
            .Take(MaxAlternatives)
            .Select(c => new LocalityCandidate(c.Division, Math.Round(c.Score, 2)))
            .ToList();
        return new LocalityGuess(
            chosen,
            chosen.Level == AdministrativeLevel.Province ? chosen : _gazetteer.ProvinceOf(chosen),
            Confidence(chosen, scored),
            normalisedText.Substring(evidence.Value.Start, evidence.Value.Length),
            evidence.Value.Start,
            evidence.Value.Length,
            Math.Round(candidates.GetValueOrDefault(chosen)?.Score ?? 0, 2),
            alternatives);
    }

    /// <summary>
    /// Strength of the evidence for the division and what lies below it (1 − e^(−score/4): an issuing body in the lead
    /// alone gives 0.85), times the share of its province among all provinces the text points at.
    /// </summary>
    private double Confidence(Division chosen, List<CandidateEvidence> scored)
    {
        var strength = 1 - Math.Exp(-LocalitySelection.Subtree(_gazetteer, chosen, scored) / 4);
        var totals = LocalitySelection.ProvinceTotals(_gazetteer, scored);
        var province = chosen.Level == AdministrativeLevel.Province ? chosen : _gazetteer.ProvinceOf(chosen);
        var share = totals.GetValueOrDefault(province) / totals.Values.Sum();
        return Math.Round(Math.Clamp(strength * share, 0, 1), 2);
    }

    private (int Start, int Length)? EvidenceFor(Division chosen, Dictionary<Division, CandidateEvidence> candidates, List<CandidateEvidence> scored)
    {
        if (candidates.GetValueOrDefault(chosen)?.Best is { } own)
        {
            return (own.Start, own.Length);
        }

        var below = scored
            .Where(c => c.Best is not null && LocalityScoring.IsBelow(_gazetteer, c.Division, chosen))
            .Select(c => c.Best!.Value)
            .OrderByDescending(b => b.Weight)
            .ThenBy(b => b.Start)
            .Select(b => ((int, int)?)(b.Start, b.Length))
            .FirstOrDefault();
        return below;
    }

    /// <summary>The first sentence with some Chinese in it: a release's headline or opening.</summary>
    private static (int Start, int End) Lead(string text)
    {
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (sentence.Text.Count(ChineseText.IsHan) >= MinLeadHanCount)
            {
                return (sentence.Start, sentence.End);
            }
        }

        return (0, 0);
    }
}
