using Dashboard.Analysis.Documents;
using Dashboard.Analysis.Industries;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Places;
using Dashboard.Analysis.Priorities;
using Dashboard.Analysis.Text;
using Dashboard.Analysis.Themes;
using Dashboard.Normalisation;
using Dashboard.Segmentation;
using Dashboard.Segmentation.Keywords;
using Dashboard.Segmentation.PosTagging;

namespace Dashboard.Analysis.Corpus;

/// <summary>
/// Everything the analysis reads once and then shares between threads: the normaliser, the segmenter with the
/// taxonomy's, rules' and industries' words, the taxonomy, the instrument rules, the industry vocabulary and its
/// cues, the gazetteer, the IDF table and stop words.
/// </summary>
public sealed class AnalysisResources
{
    private AnalysisResources(LexiconPaths lexicon, ThemeTaxonomy taxonomy, InstrumentRules rules, IndustryResolver industries, Gazetteer gazetteer)
    {
        Taxonomy = taxonomy;
        Rules = rules;
        IndustryResolver = industries;
        Gazetteer = gazetteer;
        var segmenter = AnalysisVocabulary.CreateSegmenter(lexicon, taxonomy, rules, industries.Vocabulary);
        Text = new TextAnalyser(TextNormaliser.LoadDefault(), segmenter);
        Idf = IdfTable.Load(lexicon.Idf);
        StopWords = new StopWords().Add(lexicon.StopWords);
        Keywords = new TfidfExtractor(segmenter, Idf, StopWords);
        var placeNames = gazetteer.All.SelectMany(d => new[] { d.Name, d.ShortName }).Where(n => n.Length >= 2).ToHashSet(StringComparer.Ordinal);
        ContentWords = new ContentWords(StopWords, placeNames);
        Themes = new ThemeMatcher(taxonomy);
        Instruments = new InstrumentClassifier(rules);
        Priorities = new PriorityExtractor(new PosSegmenter(segmenter), industries, placeNames);
        Localities = new LocalityDetector(
            gazetteer,
            PlaceNameTable.LoadDefault(),
            word => segmenter.GetFrequency(word) is > 0,
            text => segmenter.Tokenize(text).Select(t => t.StartIndex).ToHashSet());
        PageLines = PageLines.LoadDefault();
        Titles = new TitleGuesser(PageLines);
        DisplayTitles = new DisplayTitles(PageLines, Titles);
        Versions = new AnalysisVersions(
            lexicon.Version, taxonomy.Version, rules.Version, gazetteer.Version,
            AnalysisVersions.Code(industries.Vocabulary.Version, industries.Cues.Version, PlaceNameTable.LoadDefault().Version, PageLines.LoadDefault().Version));
    }

    public ThemeTaxonomy Taxonomy { get; }

    public InstrumentRules Rules { get; }

    /// <summary>The industry vocabulary and the cues that find its industries in a text.</summary>
    public IndustryResolver IndustryResolver { get; }

    public IndustryVocabulary Industries => IndustryResolver.Vocabulary;

    public Gazetteer Gazetteer { get; }

    public TextAnalyser Text { get; }

    public IdfTable Idf { get; }

    public StopWords StopWords { get; }

    public TfidfExtractor Keywords { get; }

    public ContentWords ContentWords { get; }

    public ThemeMatcher Themes { get; }

    public InstrumentClassifier Instruments { get; }

    public PriorityExtractor Priorities { get; }

    public LocalityDetector Localities { get; }

    /// <summary>Page furniture and datelines: what titles and dates are not taken from, or are taken from first.</summary>
    public PageLines PageLines { get; }

    public TitleGuesser Titles { get; }

    /// <summary>Makes given and stored titles fit to show (no dateline, byline or unpaired quotation mark).</summary>
    public DisplayTitles DisplayTitles { get; }

    public AnalysisVersions Versions { get; }

    /// <summary>Loads the build's lexicon and gazetteer and the given (or default) taxonomy, rules and industry vocabulary.</summary>
    public static AnalysisResources Load(string? taxonomyPath = null, string? rulesPath = null, string? industriesPath = null) =>
        Load(
            ThemeTaxonomy.Load(taxonomyPath ?? ThemeTaxonomy.DefaultPath),
            InstrumentRules.Load(rulesPath ?? InstrumentRules.DefaultPath),
            IndustryVocabulary.Load(industriesPath ?? IndustryVocabulary.DefaultPath));

    public static AnalysisResources Load(ThemeTaxonomy taxonomy, InstrumentRules rules, IndustryVocabulary? industries = null) =>
        new(LexiconPaths.Default, taxonomy, rules, new IndustryResolver(industries ?? IndustryVocabulary.LoadDefault(), IndustryCues.LoadDefault()), Gazetteer.LoadDefault());
}
