namespace Dashboard.Analysis.Industries;

/// <summary>
/// Which canonical industry a phrase denotes: the phrase itself, then without its generic head (新能源汽车产业),
/// then without the qualifiers that leave an industry the same (前沿新材料, 现代物流). Thread-safe.
/// </summary>
public sealed class IndustryResolver(IndustryVocabulary vocabulary, IndustryCues cues)
{
    private static readonly string[] Joiners = ["以及", "及其", "、", "及", "和", "与"];

    public IndustryVocabulary Vocabulary { get; } = vocabulary;

    public IndustryCues Cues { get; } = cues;

    public Industry? Resolve(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = phrase.Trim();
        for (var pass = 0; pass < 4 && text.Length >= 2; pass++)
        {
            if (Vocabulary.OfTerm(text) is { } exact)
            {
                return exact;
            }

            var headless = StripHead(text);
            if (headless != text && Vocabulary.OfTerm(headless) is { } withoutHead)
            {
                return withoutHead;
            }

            var modifier = Cues.Modifiers.FirstOrDefault(m => headless.Length > m.Length + 1 && headless.StartsWith(m, StringComparison.Ordinal));
            if (modifier is null)
            {
                return null;
            }

            text = headless[modifier.Length..];
        }

        return null;
    }

    /// <summary>What a name written without its head denotes (the gold and list items write 茶 for 茶产业, 健康 for
    /// 健康产业): <see cref="Resolve"/>, then with 产业 added, then <see cref="ResolveContained"/>.</summary>
    public Industry? ResolveName(string name) => Resolve(name) ?? Resolve(name + "产业") ?? ResolveContained(name);

    /// <summary>
    /// What a phrase denotes when it is no name of the vocabulary itself: <see cref="Resolve"/>, else the industry of
    /// the longest term it ends with (天然饮用水 → 饮用水), else of the longest term it starts
    /// with (光伏组件 → 光伏, 稀土永磁材料 → 稀土). A product of an industry belongs to it.
    /// </summary>
    public Industry? ResolveContained(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (Resolve(phrase) is { } whole)
        {
            return whole;
        }

        var written = phrase.Trim();
        return Contained(written) ?? Contained(StripHead(written));
    }

    private Industry? Contained(string text)
    {
        for (var length = Math.Min(Vocabulary.MaxTermLength, text.Length - 1); length >= 2; length--)
        {
            if (Vocabulary.OfTerm(text.AsSpan(text.Length - length)) is { } suffix)
            {
                return suffix;
            }
        }

        for (var length = Math.Min(Vocabulary.MaxTermLength, text.Length - 1); length >= 2; length--)
        {
            if (Vocabulary.OfTerm(text.AsSpan(0, length)) is { } prefix)
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>The phrase without a generic head at its end (产业集群, 产业, 行业, 业), if a name of two characters remains.</summary>
    public string StripHead(string phrase)
    {
        var head = Cues.HeadEnding(phrase);
        return head is not null && phrase.Length - head.Length >= 2 ? phrase[..^head.Length] : phrase;
    }

    /// <summary>The industries a phrase joins with 及, 和, 与 or 、 (生物医药及医疗装备), or the phrase alone.</summary>
    public IReadOnlyList<string> SplitJoined(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var parts = new List<string> { phrase };
        foreach (var joiner in Joiners)
        {
            parts = [.. parts.SelectMany(p => p.Split(joiner, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        }

        // A part that is only a qualifier (智能与新能源汽车) qualifies the other: the phrase is one industry.
        return parts.Count > 1 && parts.All(p => p.Length >= 2 && !Cues.Modifiers.Contains(p, StringComparer.Ordinal)) ? parts : [phrase];
    }
}
