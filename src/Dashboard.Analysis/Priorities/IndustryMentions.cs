using Dashboard.Analysis.Industries;

namespace Dashboard.Analysis.Priorities;

/// <summary>
/// Finds the vocabulary's industries in a sentence, longest term first and left to right, where a term stands as
/// whole words (新材料 in 前沿新材料 is read, 材料 in 新材料 is not). Each mention takes the qualifiers written before it
/// (前沿新材料, 智能网联新能源汽车) and the nouns written after it up to a head (光伏组件, 麻纺制品); its industry is
/// what the whole phrase denotes, else what the term does.
/// </summary>
internal static class IndustryMentions
{
    /// <summary>The longest phrase a mention grows to with the words written onto its term.</summary>
    private const int MaxItemLength = 12;

    public static List<IndustryMention> Find(TaggedSentence sentence, IndustryResolver resolver)
    {
        var vocabulary = resolver.Vocabulary;
        var text = sentence.Sentence.Text;
        var wordStarts = sentence.Words.Select(w => w.Start - sentence.Start).ToHashSet();
        var wordEnds = sentence.Words.Select(w => w.End - sentence.Start).ToHashSet();
        var mentions = new List<IndustryMention>();
        var i = 0;
        while (i < text.Length)
        {
            var length = wordStarts.Contains(i) ? TermAt(text, i, vocabulary, wordEnds, resolver.Cues) : 0;
            if (length == 0)
            {
                i++;
                continue;
            }

            var (start, end) = Grow(sentence, sentence.Start + i, sentence.Start + i + length, resolver.Cues, vocabulary);
            var item = sentence.TextOf(start, end);
            var industry = resolver.Resolve(item) ?? vocabulary.OfTerm(text.AsSpan(i, length));
            var head = HeadAt(sentence, end, resolver.Cues);

            // A term that ends with its own head (食品产业, 新能源汽车产业) is the name and that head; a head that makes the
            // name (低空经济, 旅游业) stays in it.
            if (head is null && resolver.Cues.HeadEnding(item) is { } own && item.Length - own.Length >= 2 && !resolver.Cues.NameHeads.Contains(own, StringComparer.Ordinal))
            {
                (item, end, head) = (item[..^own.Length], end - own.Length, own);
            }

            // Two names written together are one (煤炭建材, 锂电储能): the industry of the whole, its last part first.
            if (mentions.Count > 0 && mentions[^1].End == start && mentions[^1].Head is null)
            {
                var previous = mentions[^1];
                item = previous.Item + item;
                start = previous.Start;
                industry = resolver.ResolveContained(item) ?? industry;
                mentions.RemoveAt(mentions.Count - 1);
            }

            mentions.Add(new IndustryMention(start, end, item, industry, head, Math.Min(end, sentence.Start + i + length)));
            i = end + (head?.Length ?? 0) - sentence.Start;
        }

        return mentions;
    }

    /// <summary>The length of the longest term at <paramref name="i"/> that ends where a word ends (or where a head starts).</summary>
    private static int TermAt(string text, int i, IndustryVocabulary vocabulary, HashSet<int> wordEnds, IndustryCues cues)
    {
        for (var length = Math.Min(vocabulary.MaxTermLength, text.Length - i); length >= 2; length--)
        {
            if (vocabulary.OfTerm(text.AsSpan(i, length)) is null)
            {
                continue;
            }

            var end = i + length;
            if (wordEnds.Contains(end) || end == text.Length || IndustryCues.At(cues.Heads, text, end) is not null)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>The term with its qualifiers before it and the nouns after it that belong to the same name.</summary>
    private static (int Start, int End) Grow(TaggedSentence sentence, int start, int end, IndustryCues cues, IndustryVocabulary vocabulary)
    {
        var before = sentence.TextOf(sentence.Start, start);
        while (cues.Modifiers.FirstOrDefault(m => before.EndsWith(m, StringComparison.Ordinal)) is { } modifier && end - start + modifier.Length <= MaxItemLength)
        {
            start -= modifier.Length;
            before = before[..^modifier.Length];
        }

        foreach (var word in sentence.Words.SkipWhile(w => w.Start < end))
        {
            var at = word.Start - sentence.Start;
            var text = sentence.Sentence.Text;
            if (word.Start == end && word.End - start <= MaxItemLength && cues.ItemSuffixes.Contains(word.Word, StringComparer.Ordinal))
            {
                end = word.End;
                continue;
            }

            if (word.Start != end || word.End - start > MaxItemLength || !word.Flag.StartsWith('n')
                || IndustryCues.At(cues.Heads, text, at) is not null
                || IndustryCues.At(cues.Blockers, text, at) is not null
                || IndustryCues.At(cues.DevelopmentPredicates, text, at) is not null
                || IndustryCues.At(cues.TitleWords, text, at) is not null
                || cues.Modifiers.Contains(word.Word, StringComparer.Ordinal) || ListHeads.CategoryQualifiers.Contains(word.Word, StringComparer.Ordinal)
                || vocabulary.OfTerm(word.Word) is not null)
            {
                break;
            }

            end = word.End;
        }

        return (start, end);
    }

    /// <summary>The industry head written right after a name (产业集群, 产业链, 业), not one that starts a longer word (产业化).</summary>
    private static string? HeadAt(TaggedSentence sentence, int at, IndustryCues cues)
    {
        var text = sentence.Sentence.Text;
        var index = at - sentence.Start;
        var head = IndustryCues.At(cues.Heads, text, index);
        if (head is null)
        {
            return null;
        }

        var after = index + head.Length;
        return after < text.Length && text[after] is '化' or '性' ? null : head;
    }
}
