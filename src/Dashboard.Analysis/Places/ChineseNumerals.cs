namespace Dashboard.Analysis.Places;

/// <summary>Chinese numerals as dates write them: years digit by digit (二〇二四), months and days positionally (二十八).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>二〇二四 → 2024 (零, ○ and O also stand for zero).</summary>
    public static int ParseDigitByDigit(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            value = (value * 10) + DigitOf(c);
        }

        return value;
    }

    /// <summary>十 → 10, 十一 → 11, 二十 → 20, 二十八 → 28, 三十一 → 31, 九 → 9.</summary>
    public static int ParseUpToNinetyNine(string text)
    {
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return DigitOf(text[0]);
        }

        var tens = ten == 0 ? 1 : DigitOf(text[ten - 1]);
        var units = ten == text.Length - 1 ? 0 : DigitOf(text[ten + 1]);
        return (tens * 10) + units;
    }

    private static int DigitOf(char c) => c switch
    {
        '零' or '○' or 'O' or 'Ｏ' => 0,
        _ when Digits.Contains(c, StringComparison.Ordinal) => Digits.IndexOf(c, StringComparison.Ordinal),
        _ => throw new FormatException($"'{c}' is not a Chinese digit."),
    };
}
