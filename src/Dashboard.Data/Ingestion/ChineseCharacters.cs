namespace Dashboard.Data.Ingestion;

/// <summary>Counting Chinese characters (CJK ideographs), the test of whether a text is worth importing.</summary>
internal static class ChineseCharacters
{
    public static bool IsIdeograph(int codePoint) =>
        codePoint is (>= 0x3400 and <= 0x4DBF) // extension A
            or (>= 0x4E00 and <= 0x9FFF) // unified ideographs
            or (>= 0xF900 and <= 0xFAFF) // compatibility ideographs
            or (>= 0x20000 and <= 0x3FFFF); // extensions B to H and the compatibility supplement

    /// <summary>An ideograph, CJK punctuation or a full-width form: characters Chinese writes without spaces between.</summary>
    public static bool IsSetWithoutSpaces(char c) =>
        IsIdeograph(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');

    /// <summary>Whether <paramref name="text"/> holds at least <paramref name="minimum"/> ideographs; stops counting there.</summary>
    public static bool HasAtLeast(string text, int minimum)
    {
        var count = 0;
        for (var i = 0; i < text.Length && count < minimum; i++)
        {
            var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[++i])
                : text[i];
            if (IsIdeograph(codePoint))
            {
                count++;
            }
        }

        return count >= minimum;
    }
}
