namespace Dashboard.Normalisation;

/// <summary>Character classes the normaliser needs: CJK ideographs (surrogate pairs included) and Chinese punctuation.</summary>
internal static class ChineseCharacters
{
    public static bool IsIdeograph(int codePoint) =>
        codePoint is 0x3007 // 〇
            or (>= 0x3400 and <= 0x4DBF) // extension A
            or (>= 0x4E00 and <= 0x9FFF) // unified ideographs
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0x20000 and <= 0x3FFFF); // extensions B to H and the compatibility supplement

    /// <summary>Whether the code point that starts at <paramref name="index"/> is an ideograph.</summary>
    public static bool IsIdeographAt(ReadOnlySpan<char> text, int index) =>
        index >= 0 && index < text.Length && IsIdeograph(CodePointAt(text, index));

    /// <summary>Whether the code point that ends just before <paramref name="index"/> is an ideograph.</summary>
    public static bool IsIdeographBefore(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0 || index > text.Length)
        {
            return false;
        }

        var last = index - 1;
        return last > 0 && char.IsSurrogatePair(text[last - 1], text[last])
            ? IsIdeograph(char.ConvertToUtf32(text[last - 1], text[last]))
            : IsIdeograph(text[last]);
    }

    /// <summary>Ideographic punctuation (、。「」《》) and full-width punctuation (，：（）), but not full-width letters or digits.</summary>
    public static bool IsPunctuation(char c) =>
        c is (>= '\u3001' and <= '\u303F')
            or (>= '\uFF01' and <= '\uFF0F')
            or (>= '\uFF1A' and <= '\uFF20')
            or (>= '\uFF3B' and <= '\uFF40')
            or (>= '\uFF5B' and <= '\uFF65');

    /// <summary>The code point that starts at <paramref name="index"/>; a lone surrogate is returned as itself.</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int index) =>
        CodePointLength(text, index) == 2 ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];

    /// <summary>How many UTF-16 units the code point that starts at <paramref name="index"/> takes.</summary>
    public static int CodePointLength(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && char.IsSurrogatePair(text[index], text[index + 1]) ? 2 : 1;
}
