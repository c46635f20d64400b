using Dashboard.Analysis.Industries;
using Dashboard.Analysis.Instruments;
using Dashboard.Analysis.Themes;
using Dashboard.Segmentation;

namespace Dashboard.Analysis.Text;

/// <summary>
/// The taxonomy's terms, the instrument rules' markers and cues and the industry vocabulary's names enter the
/// segmenter's user dictionary, so each stays one word (新质生产力, 战略性新兴产业, 工改工, 低空经济) and matching whole
/// words finds them.
/// </summary>
public static class AnalysisVocabulary
{
    public static JiebaSegmenter CreateSegmenter(LexiconPaths lexicon, ThemeTaxonomy taxonomy, InstrumentRules rules, IndustryVocabulary? industries = null)
    {
        var segmenter = JiebaSegmenter.Create(lexicon);
        foreach (var word in Words(taxonomy, rules).Concat(industries?.Terms ?? []).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal))
        {
            // jieba's suggested count keeps the word whole; a word the dictionary already rates higher keeps its count.
            segmenter.AddWord(word);
        }

        return segmenter;
    }

    public static IEnumerable<string> Words(ThemeTaxonomy taxonomy, InstrumentRules rules) =>
        taxonomy.Terms.Concat(rules.Words).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
