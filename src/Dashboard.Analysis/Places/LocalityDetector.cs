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

    public LocalityDetector(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _scanner = new PlaceMentionScanner(new PlaceNameIndex(gazetteer.All));
    }

    /// <summary>The locality of a normalised text (simplified characters), or null when it names no place.</summary>
    public LocalityGuess? Detect(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var (leadStart, leadEnd) = Lead(normalisedText);
        var (mentions, levels) = _scanner.Scan(normalisedText, leadStart, leadEnd);
        var candidates = LocalityScoring.Score(_gazetteer, mentions, levels);
        if (LocalitySelection.Choose(_gazetteer, candidates) is not { } chosen)
        {
            return null;
        }

        var scored = candidates.Values.Where(c => c.Score > 0).ToList();
        var evidence = EvidenceFor(chosen, candidates, scored);
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
            normalisedText.Substring(evidence.Start, evidence.Length),
            evidence.Start,
            evidence.Length,
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

    private (int Start, int Length) EvidenceFor(Division chosen, Dictionary<Division, CandidateEvidence> candidates, List<CandidateEvidence> scored)
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
            .First();
        return (below.Start, below.Length);
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
