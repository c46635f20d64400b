namespace Dashboard.Segmentation;

/// <summary>Character classes exactly as Python's str and re define them, which jieba's behaviour depends on.</summary>
internal static class PythonText
{
    /// <summary>Python's str.isspace(), which is also what re's \s matches in a str pattern.</summary>
    public static bool IsSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\x1c' and <= ' ' => true,
        '\x85' or '\xa0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>str.strip() with no argument.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    public static bool IsAsciiAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>[\u4E00-\u9FD5]: the ideographs jieba's HMM handles.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>Number of code points, as Python's len() counts them.</summary>
    public static int CodePointLength(ReadOnlySpan<char> s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }

        return n;
    }

    /// <summary>Length in UTF-16 units of the code point starting at <paramref name="i"/>.</summary>
    public static int CodePointWidth(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
}
