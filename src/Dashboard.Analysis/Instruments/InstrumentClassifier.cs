using Dashboard.Analysis.Text;
using Dashboard.Segmentation;

namespace Dashboard.Analysis.Instruments;

/// <summary>
/// Finds the measure clauses of a text and gives each an instrument type by its cue words (see instruments.json).
/// A clause is a stretch of a sentence between ，；：。！？; it states a measure when one of its words is a measure
/// marker. Its type is the one with the most cue words in it, ties going to the type listed first.
/// </summary>
public sealed class InstrumentClassifier(InstrumentRules rules)
{
    public InstrumentRules Rules { get; } = rules;

    private static bool EndsClause(string token) => token is "，" or "；" or "：" or "。" or "！" or "？" or "," or ";" or ":" or "!" or "?";

    public IReadOnlyList<MeasureClause> Classify(string documentId, AnalysedText text)
    {
        var clauses = new List<MeasureClause>();
        foreach (var sentence in text.Sentences)
        {
            var clause = new List<Token>();
            foreach (var token in text.TokensOf(sentence))
            {
                if (EndsClause(token.Word))
                {
                    AddClause(documentId, text, sentence, clause, clauses);
                    clause.Clear();
                }
                else
                {
                    clause.Add(token);
                }
            }

            AddClause(documentId, text, sentence, clause, clauses);
        }

        return clauses;
    }

    private void AddClause(string documentId, AnalysedText text, Sentence sentence, List<Token> clause, List<MeasureClause> output)
    {
        var marker = clause.FirstOrDefault(t => Rules.MeasureMarkers.Contains(t.Word));
        if (marker is null)
        {
            return;
        }

        var cuesByType = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var token in clause)
        {
            foreach (var cued in Rules.TypesOfCue(token.Word))
            {
                if (!cuesByType.TryGetValue(cued.Id, out var cues))
                {
                    cuesByType[cued.Id] = cues = [];
                }

                cues.Add(token.Word);
            }
        }

        var start = clause[0].StartIndex;
        var length = clause[^1].EndIndex - start;
        var evidence = Evidence.Of(documentId, text, sentence, start, length);
        if (cuesByType.Count == 0)
        {
            output.Add(new MeasureClause(InstrumentType.NoneId, InstrumentType.NoneId, [], marker.Word, evidence));
            return;
        }

        var best = cuesByType
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => Rules.TypeOrder[kv.Key])
            .First();
        var type = Rules.FindType(best.Key)!;
        output.Add(new MeasureClause(type.Id, type.CategoryId, best.Value, marker.Word, evidence));
    }
}
