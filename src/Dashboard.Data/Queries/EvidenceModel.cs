namespace Dashboard.Data.Queries;

/// <summary>What a click on a chart asks for: the sentences behind one number.</summary>
public sealed record EvidenceRequest
{
    /// <summary>Documents of these localities only (a prefecture includes its counties); empty means the filter decides.</summary>
    public IReadOnlyList<string> LocalityCodes { get; init; } = [];

    public string? ThemeId { get; init; }

    public string? InstrumentCategoryId { get; init; }

    public string? Term { get; init; }

    /// <summary>One document only (a priority or a document's keyword).</summary>
    public string? DocumentId { get; init; }

    /// <summary>One stretch of <see cref="DocumentId"/>'s text (a priority): only its sentence, the stretch marked.</summary>
    public EvidenceSpan? Span { get; init; }

    public int Limit { get; init; } = 200;
}

/// <summary>A stretch of a document's normalised text: its sentence, and where it starts and how long it is.</summary>
public sealed record EvidenceSpan(int SentenceIndex, int Start, int Length, string Label);

/// <summary>One sentence behind a number, with the matched words' place in it and where it came from.</summary>
public sealed record EvidenceSentence(
    string DocumentId,
    string DocumentTitle,
    string? LocalityCode,
    string LocalityName,
    string LocalityEnglishName,
    string Date,
    int SentenceIndex,
    string Sentence,
    int MatchStart,
    int MatchLength,
    string Label)
{
    public string Before => Sentence[..MatchStart];

    public string Match => Sentence.Substring(MatchStart, MatchLength);

    public string After => Sentence[(MatchStart + MatchLength)..];
}

/// <summary>The sentences behind a number, and how many there are in all when more than the limit.</summary>
public sealed record EvidenceResult(IReadOnlyList<EvidenceSentence> Sentences, int Total)
{
    public static EvidenceResult Empty { get; } = new([], 0);
}
