using Dashboard.Analysis.Industries;
using Dashboard.Analysis.Text;
using Dashboard.Segmentation.PosTagging;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// What a document says its locality will build: industries wherever it sets them as priorities (canonical where the
/// industry vocabulary knows them, see <see cref="IndustryFinder"/>), quoted and numbered programmes, named platforms
/// and places, and targets with numbers, each with the sentence that says it (offsets in both texts). A text
/// that names none of these yields an empty list: nothing is invented. Directions of change (高端化、数字化、智能化、
/// 绿色化) and political slogans (“两个确立”, “一把手”) are deliberately not reported: they say how, not what.
/// <para>Patterns run in order (industries, quoted programmes, numbered programmes, platforms); text one of them
/// has read is not read again by a later one, so 六大产业集群 closing a list is that list's group, not a programme
/// too. Targets may overlap the others. The same item of the same kind is kept once, at its first occurrence, with
/// the number of times it occurs; targets count as the same when metric, amount, unit and year agree.</para>
/// <para>Thread-safe if the part-of-speech segmenter's dictionary is not changed while it runs.</para>
/// </summary>
/// <param name="placeNames">Names of places, which no industry's name starts with; none by default.</param>
public sealed class PriorityExtractor(PosSegmenter segmenter, IndustryResolver industries, IReadOnlySet<string>? placeNames = null)
{
    private readonly Func<TaggedSentence, IEnumerable<Finding>>[] _exclusivePatterns =
    [
        sentence => IndustryFinder.Find(sentence, industries, placeNames ?? new HashSet<string>()),
        QuotedProgrammeFinder.Find,
        NumberedProgrammeFinder.Find,
        PlatformFinder.Find,
    ];

    public IReadOnlyList<Priority> Extract(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Priority>();
        foreach (var sentence in text.Sentences)
        {
            var tagged = TaggedSentence.Tag(sentence, segmenter);
            var taken = new List<Finding>();
            foreach (var pattern in _exclusivePatterns)
            {
                foreach (var finding in pattern(tagged))
                {
                    if (!taken.Any(finding.Overlaps))
                    {
                        taken.Add(finding);
                    }
                }
            }

            found.AddRange(taken.SelectMany(f => f.Priorities));
            found.AddRange(TargetFinder.Find(tagged).SelectMany(f => f.Priorities));
        }

        return [.. Deduplicate(found.OrderBy(p => p.Start).ThenBy(p => p.Kind)).Select(p => WithSource(p, text))];
    }

    private static Priority WithSource(Priority priority, AnalysedText text)
    {
        var source = text.ToSource(priority.Start, priority.Length);
        return priority with { SourceStart = source.Start, SourceLength = source.Length };
    }

    private static List<Priority> Deduplicate(IEnumerable<Priority> priorities)
    {
        var first = new Dictionary<(PriorityKind, string, string?, string?, int?), int>();
        var kept = new List<Priority>();
        foreach (var priority in priorities)
        {
            // Industries count as the same when they denote the same canonical industry (算力, 先进算力).
            var key = priority.Kind == PriorityKind.Target
                ? (priority.Kind, priority.Item, priority.Number, priority.Unit, priority.Year)
                : (priority.Kind, priority.IndustryId ?? priority.Item, null, null, null);
            if (first.TryGetValue(key, out var index))
            {
                kept[index] = kept[index] with { Occurrences = kept[index].Occurrences + 1 };
            }
            else
            {
                first[key] = kept.Count;
                kept.Add(priority);
            }
        }

        return kept;
    }
}
