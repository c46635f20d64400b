using System.Globalization;

namespace Dashboard.Analysis.Text;

/// <summary>Numbers written in digits or Chinese numerals: counts and amounts (一千, 三十五, 两万), and years written
/// digit by digit (二〇二四).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static bool IsNumeral(char c) => c is '零' or '〇' or '○' or '两' or '十' or '百' or '千' or '万' or '亿' || Digits.Contains(c);

    /// <summary>The value of a number as written, or null when it is not one.</summary>
    public static decimal? Value(string written)
    {
        if (written.Length == 0)
        {
            return null;
        }

        if (char.IsAsciiDigit(written[0]))
        {
            return decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        return written.All(IsNumeral) ? ValueOfNumerals(written) : null;
    }

    /// <summary>二〇二四 → 2024 (零, 〇, ○ and O also stand for zero).</summary>
    public static int ParseDigitByDigit(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            value = (value * 10) + DigitOf(c);
        }

        return value;
    }

    private static int DigitOf(char c) => c switch
    {
        '〇' or '○' or 'O' or 'Ｏ' => 0,
        _ when Digits.Contains(c, StringComparison.Ordinal) => Digits.IndexOf(c, StringComparison.Ordinal),
        _ => throw new FormatException($"'{c}' is not a Chinese digit."),
    };

    private static decimal ValueOfNumerals(string written)
    {
        decimal total = 0, section = 0, digit = 0;
        foreach (var c in written)
        {
            switch (c)
            {
                case '十' or '百' or '千':
                    // 十 alone is ten: a missing digit before a unit is one.
                    section += (digit == 0 ? 1 : digit) * (c == '十' ? 10 : c == '百' ? 100 : 1000);
                    digit = 0;
                    break;
                case '万':
                    total += (section + digit) * 10_000;
                    section = digit = 0;
                    break;
                case '亿':
                    total = (total + section + digit) * 100_000_000;
                    section = digit = 0;
                    break;
                default:
                    digit = c is '两' ? 2 : c is '〇' or '○' ? 0 : Digits.IndexOf(c);
                    break;
            }
        }

        return total + section + digit;
    }
}
