namespace Dashboard.Normalisation;

/// <summary>
/// Character for character: ASCII , ; : ! ? next to Chinese (an ideograph or Chinese punctuation, spaces aside) become
/// ，；：！？, and a pair of parentheses on one line around Chinese text becomes （）. Anything else — 3.5, 10:30,
/// (2024), "4106", Latin words — stays.
/// </summary>
internal sealed class ChinesePunctuation : INormalisationStep
{
    public MappedText Apply(string input)
    {
        var text = input.ToCharArray();
        WidenParenthesesAroundChinese(text);
        for (var i = 0; i < text.Length; i++)
        {
            var wide = Widen(text[i]);
            if (wide != text[i] && IsNextToChinese(text, i))
            {
                text[i] = wide;
            }
        }

        return new MappedText(new string(text), OffsetMap.Identity(text.Length));
    }

    private static char Widen(char c) => c switch
    {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '!' => '！',
        '?' => '？',
        _ => c,
    };

    private static void WidenParenthesesAroundChinese(char[] text)
    {
        var openings = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\n':
                    openings.Clear();
                    break;
                case '(' or '（':
                    openings.Push(i);
                    break;
                case (')' or '）') when openings.Count > 0:
                    var opening = openings.Pop();
                    if (ContainsIdeograph(text.AsSpan(opening + 1, i - opening - 1)))
                    {
                        text[opening] = '（';
                        text[i] = '）';
                    }

                    break;
            }
        }
    }

    private static bool ContainsIdeograph(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ChineseCharacters.IsIdeographAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNextToChinese(char[] text, int index)
    {
        var before = index - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var after = index + 1;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return (before >= 0 && IsChinese(text, before)) || (after < text.Length && IsChinese(text, after));
    }

    private static bool IsChinese(ReadOnlySpan<char> text, int index) =>
        ChineseCharacters.IsPunctuation(text[index])
            || ChineseCharacters.IsIdeographAt(text, index)
            || (char.IsLowSurrogate(text[index]) && ChineseCharacters.IsIdeographBefore(text, index + 1));
}
