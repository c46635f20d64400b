using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Evaluation;

/// <summary>
/// What an industry string denotes, for comparing the gold with what the analysis found: the canonical industry
/// the vocabulary resolves it to (the gold writes names without their head, so 茶 is read as 茶产业 too, and a
/// product as its industry: 光伏组件), or, for a string the vocabulary does not know, the string itself without its
/// generic head. A string that joins two industries (生物医药及医疗装备) denotes both.
/// </summary>
public sealed class IndustryKeys(IndustryResolver resolver)
{
    public IReadOnlySet<string> Of(string industry)
    {
        ArgumentNullException.ThrowIfNull(industry);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if ((resolver.Resolve(industry) ?? resolver.Resolve(industry + "产业")) is { } whole)
        {
            keys.Add(whole.Id);
            return keys;
        }

        foreach (var part in resolver.SplitJoined(industry))
        {
            keys.Add(Resolve(part)?.Id ?? "~" + resolver.StripHead(part));
        }

        return keys;
    }

    private Industry? Resolve(string name) => resolver.ResolveName(name);

    /// <summary>The key of an extracted industry: its canonical id when the analysis gave one, else its text's keys.</summary>
    public IReadOnlySet<string> Of(string item, string? industryId) =>
        industryId is null ? Of(item) : new HashSet<string>(StringComparer.Ordinal) { industryId };
}
