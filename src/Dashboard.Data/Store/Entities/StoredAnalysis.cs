namespace Dashboard.Data.Store.Entities;

/// <summary>
/// The analysis of a document, with the versions that produced it: the full result as JSON for the document page,
/// and its counts in rows (below) for the dashboard's aggregate queries, so no query segments text again.
/// </summary>
public sealed class StoredAnalysis
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public StoredDocument? Document { get; set; }

    /// <summary>Which re-analysis produced it. The dashboard reads the active generation only, so a re-analysis
    /// fills the next one in the background and the switch to it is one update.</summary>
    public int Generation { get; set; }

    public required string LexiconVersion { get; set; }

    public required string TaxonomyVersion { get; set; }

    public required string InstrumentRulesVersion { get; set; }

    public required string GazetteerVersion { get; set; }

    public required string AnalysisVersion { get; set; }

    public int WordTokens { get; set; }

    public DateTimeOffset AnalysedAt { get; set; }

    /// <summary>Theme hits with evidence, measure clauses, priorities, keywords, detections (DocumentAnalysis as JSON).</summary>
    public required string ResultJson { get; set; }

    public List<DocumentThemeCount> Themes { get; set; } = [];

    public List<DocumentInstrumentCount> Instruments { get; set; } = [];

    /// <summary>Counts of the document's content words as "word count" lines: the comparison statistics read them
    /// all at once into memory, so one column per document serves them better than a row per word.</summary>
    public required string TermCounts { get; set; }

    /// <summary>How many measure clauses of each instrument type mention each theme, as "theme type count" lines;
    /// null for analyses stored before it was kept (the comparison then reads <see cref="ResultJson"/>).</summary>
    public string? ThemeInstruments { get; set; }

    public List<DocumentPriority> Priorities { get; set; } = [];
}

/// <summary>Hits of one theme in one document.</summary>
public sealed class DocumentThemeCount
{
    public long AnalysisId { get; set; }

    public required string ThemeId { get; set; }

    public int Hits { get; set; }

    /// <summary>The theme's terms with their hits in the document ("term count" lines); null for analyses stored
    /// before it was kept.</summary>
    public string? Terms { get; set; }

    /// <summary>Scores of the document's best sentences for the theme (<see cref="StoredThemeDetails"/>).</summary>
    public string? KeySentenceScores { get; set; }

    /// <summary>Those sentences with their texts, read only for the sentences the theme page shows.</summary>
    public string? KeySentences { get; set; }
}

/// <summary>Measure clauses of one instrument type in one document.</summary>
public sealed class DocumentInstrumentCount
{
    public long AnalysisId { get; set; }

    public required string TypeId { get; set; }

    public required string CategoryId { get; set; }

    public int Clauses { get; set; }
}

/// <summary>One priority a document names.</summary>
public sealed class DocumentPriority
{
    public long Id { get; set; }

    public long AnalysisId { get; set; }

    public required string Kind { get; set; }

    public required string Item { get; set; }

    public string? GroupName { get; set; }

    public string? Number { get; set; }

    public decimal? Quantity { get; set; }

    public string? Unit { get; set; }

    public int? Year { get; set; }

    public int SentenceIndex { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public int Occurrences { get; set; }

    /// <summary>For an industry: its canonical industry in the vocabulary, or null when the vocabulary does not know it.</summary>
    public string? IndustryId { get; set; }

    public string? IndustryCategory { get; set; }
}
