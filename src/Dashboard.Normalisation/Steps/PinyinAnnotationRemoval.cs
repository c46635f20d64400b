namespace Dashboard.Normalisation;

/// <summary>
/// Removes a parenthesised pinyin syllable written straight after an ideograph: 學(xué)習(xí) and 省(sheng)委 become
/// 學習 and 省委, also when the page wrapped the syllable over a line break or spaced it (副(f⏎u)). Parentheses
/// holding anything else — (试行), (2024), (AI), (市、區) — stay as they are. A toneless syllable that is also an
/// English word — (an), (me), (men) — is removed only when it is a reading of the character before it.
/// </summary>
internal sealed class PinyinAnnotationRemoval(Func<CharacterReadings?> readings) : INormalisationStep
{
    // Room for a syllable with its tone and the spaces or line breaks a scraped page puts inside the parentheses.
    private const int MaxContentLength = 24;

    private readonly Lazy<CharacterReadings?> _readings = new(readings);

    public PinyinAnnotationRemoval()
        : this(() => null)
    {
    }

    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var annotationLength = AnnotationLengthAt(input, i);
            if (annotationLength > 0)
            {
                i += annotationLength - 1;
            }
            else
            {
                output.Append(input[i], i, i + 1);
            }
        }

        return output.Build();
    }

    /// <summary>The length of the annotation, parentheses included, that starts at <paramref name="index"/>; 0 when there is none.</summary>
    private int AnnotationLengthAt(string input, int index)
    {
        if (!IsOpening(input[index]) || !ChineseCharacters.IsIdeographBefore(input, index))
        {
            return 0;
        }

        var window = input.AsSpan(index + 1, Math.Min(input.Length - index - 1, MaxContentLength + 1));
        var contentLength = window.IndexOfAny(')', '）');
        if (contentLength <= 0)
        {
            return 0;
        }

        Span<char> letters = stackalloc char[MaxContentLength];
        var length = 0;
        foreach (var c in window[..contentLength])
        {
            if (IsWrapping(c))
            {
                continue;
            }

            if (length == PinyinSyllableReader.MaxLength)
            {
                return 0;
            }

            letters[length++] = c is >= 'ａ' and <= 'ｚ' ? (char)(c - 'ａ' + 'a') : c is >= '１' and <= '５' ? (char)(c - '１' + '1') : c;
        }

        if (!PinyinSyllableReader.IsSyllable(letters[..length], out var syllable, out var toned))
        {
            return 0;
        }

        if (!toned && EnglishSyllables.Contains(syllable) && !IsReadingOfCharacterBefore(input, index, syllable))
        {
            return 0;
        }

        return contentLength + 2;
    }

    private bool IsReadingOfCharacterBefore(string input, int index, string syllable)
    {
        var last = index - 1;
        var codePoint = last > 0 && char.IsSurrogatePair(input[last - 1], input[last])
            ? char.ConvertToUtf32(input[last - 1], input[last])
            : input[last];
        return _readings.Value?.IsReading(codePoint, syllable) == true;
    }

    private static bool IsWrapping(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u3000' or '\u00A0';

    private static bool IsOpening(char c) => c is '(' or '（';
}
