using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Names of industries the vocabulary does not know: a plain name in a list of industries (油莎豆 beside 苹果 and 花生),
/// and a plain name written before an industry head after a priority verb (发展苗圃经济, 做大临港产业). A name that is an
/// umbrella (战略性新兴产业, 民营经济), a category (重点产业, 四大), only qualifiers (县域特色), a place (桐庐产业链), or not
/// plain (holds a verb or a number) is none. Heads that belong to the name (生物经济, 楼宇工业) stay in it.
/// </summary>
internal static class UnknownIndustries
{

    private const int MinLength = 2;

    /// <summary>The longest name an unknown industry may have (钢结构钢模板, 海洋装备与新材料制造).</summary>
    private const int MaxLength = 10;

    /// <summary>Whether an item of a list under an industry head (抛光、催化助剂等产业链) may stand as an industry: the head
    /// says it is one, so only umbrellas, categories, places and institutions are turned away.</summary>
    public static bool IsListedName(TaggedSentence sentence, Priority item, IndustryResolver resolver, IReadOnlySet<string> places)
    {
        var name = resolver.StripHead(item.Item);
        var words = sentence.WordsIn(item.Start, item.Start + name.Length).ToList();
        return name.Length >= MinLength && name.All(Places.ChineseText.IsHan) && !IsExcluded(name, name, resolver, places)
            && !ActionWords.All.Any(a => name.StartsWith(a, StringComparison.Ordinal)) && name[0] is not ('向' or '为' or '以' or '把' or '对' or '从' or '在')
            && name[^1] is not ('和' or '及' or '与')
            // 研究|经济: a verb and its own head name no industry (抛光 under 等产业链 does).
            && !(name.Length < item.Item.Length && words.Count > 0 && words.All(w => w.IsVerb || w.Flag == "vn"));
    }

    public static IndustryMention? Item(TaggedSentence sentence, int start, int end, IndustryResolver resolver, IReadOnlySet<string> places)
    {
        var text = sentence.TextOf(start, end);
        var head = resolver.Cues.HeadEnding(text);
        var name = head is not null && text.Length - head.Length >= MinLength ? text[..^head.Length] : text;
        return IsName(sentence, start, start + name.Length, name, head, resolver, places)
            ? Mention(start, name, name.Length < text.Length ? head : null, resolver)
            : null;
    }

    private static IndustryMention Mention(int start, string name, string? head, IndustryResolver resolver)
    {
        var item = head is not null && resolver.Cues.NameHeads.Contains(head, StringComparer.Ordinal) ? name + head : name;
        return new IndustryMention(start, start + item.Length, item, resolver.ResolveContained(item), item.Length > name.Length ? null : head);
    }

    /// <summary>Names before an industry head, in a clause where a priority verb comes before them.</summary>
    public static IEnumerable<Finding> Find(TaggedSentence sentence, IndustryResolver resolver, IndustryContext context, IReadOnlySet<string> places)
    {
        var text = sentence.Sentence.Text;
        for (var i = MinLength; i < text.Length; i++)
        {
            if (IndustryCues.At(resolver.Cues.UnknownHeads, text, i) is not { } head || head.Length < 2
                || IndustryCues.At(resolver.Cues.NotAfterHead, text, i + head.Length) is not null)
            {
                continue;
            }

            var end = sentence.Start + i;
            var start = NameReader.StartOfName(sentence, end, MaxLength, allowVerbs: false);
            var name = sentence.TextOf(start, end);
            if (start >= end || !IsName(sentence, start, end, name, head, resolver, places) || !context.HasVerbBefore(start))
            {
                continue;
            }

            var mention = Mention(start, name, head, resolver);
            if (!context.IsBlocked(mention with { End = end }))
            {
                yield return new Finding(start, end + head.Length, [new Priority(
                    PriorityKind.Industry, mention.Item, mention.Head, null, null, null, null, sentence.Sentence.Index, start, mention.End - start)]);
            }

            i += head.Length - 1;
        }
    }

    private static bool IsName(TaggedSentence sentence, int start, int end, string name, string? head, IndustryResolver resolver, IReadOnlySet<string> places)
    {
        if (name.Length is < MinLength or > MaxLength || !name.All(Places.ChineseText.IsHan)
            || IsExcluded(name, name + (head ?? ""), resolver, places)
            || sentence.WordsIn(start, end).Any(w => w.Word.Length > 1 && w.Word.EndsWith('化'))
            || !ListItems.IsPlainName(sentence, start, end))
        {
            return false;
        }

        // Every word a name word, and the first no verb (做/大/临港).
        var words = sentence.WordsIn(start, end).ToList();
        return words.All(w => w.IsNameWord || w.Word is "及" or "与" or "和") && !(words.Count > 0 && words[0].IsVerb);
    }

    /// <summary>Umbrellas, categories, qualifiers, counts, slogans, places and institutions: never an industry.</summary>
    private static bool IsExcluded(string name, string whole, IndustryResolver resolver, IReadOnlySet<string> places)
    {
        var vocabulary = resolver.Vocabulary;
        var cues = resolver.Cues;
        var headLength = whole.Length - name.Length;
        return vocabulary.IsUmbrella(name) || vocabulary.IsUmbrella(name + "产业") || vocabulary.IsUmbrella(name + "业")
            || vocabulary.Umbrellas.Any(u => u.Length > headLength && whole.EndsWith(u, StringComparison.Ordinal))
            || cues.NotItems.Contains(name) || cues.NotItems.Contains(whole)
            || ListHeads.IsCategory(name) || OnlyQualifiers(name, cues)
            || cues.Heads.Contains(name, StringComparer.Ordinal) || ListHeads.Generic.Contains(name, StringComparer.Ordinal)
            || ListHeads.CategoryQualifiers.Any(q => name.EndsWith(q, StringComparison.Ordinal))
            || cues.NotNameEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal))
            || name.EndsWith('新') || name.StartsWith('大') || name.EndsWith('大') || name.EndsWith('级')
            || name.StartsWith("国家", StringComparison.Ordinal) || name.StartsWith("中国", StringComparison.Ordinal)
            || NumberedPhrase.FindAll(name + "产业").Any()
            || Enumerable.Range(2, name.Length - 1).Any(n => places.Contains(name[..n]));
    }

    /// <summary>A name made only of qualifiers (县域特色, 重点) names no industry.</summary>
    private static bool OnlyQualifiers(string name, IndustryCues cues)
    {
        var rest = name;
        while (cues.Modifiers.FirstOrDefault(m => rest.StartsWith(m, StringComparison.Ordinal)) is { } modifier)
        {
            rest = rest[modifier.Length..];
        }

        return rest.Length == 0 || ListHeads.CategoryQualifiers.Contains(rest, StringComparer.Ordinal);
    }
}
