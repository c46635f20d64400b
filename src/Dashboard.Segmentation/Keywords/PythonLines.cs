namespace Dashboard.Segmentation.Keywords;

/// <summary>Python's str.splitlines(): the line boundaries jieba.analyse uses when it reads its word lists.</summary>
internal static class PythonLines
{
    private static bool IsBoundary(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsBoundary(text[i]))
            {
                i++;
                continue;
            }

            yield return text[start..i];
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            start = i;
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
