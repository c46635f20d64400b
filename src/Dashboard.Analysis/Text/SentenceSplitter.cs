namespace Dashboard.Analysis.Text;

/// <summary>
/// Splits normalised Chinese text into sentences: after 。！？ (and their ASCII forms followed by space or end),
/// keeping a closing quote or bracket with the sentence it ends, and at every line break. Semicolons do not end
/// a sentence: in policy prose they join parallel measures of one sentence.
/// </summary>
public static class SentenceSplitter
{
    private static bool IsTerminal(char c) => c is '。' or '！' or '？' or '!' or '?';

    private static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '"' or '\'' or '】' or '》';

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, sentences);
                start = ++i;
                continue;
            }

            i++;
            if (!IsTerminal(c))
            {
                continue;
            }

            while (i < text.Length && (IsTerminal(text[i]) || IsCloser(text[i])))
            {
                i++;
            }

            Add(text, start, i, sentences);
            start = i;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, end - start, text[start..end]));
        }
    }
}
