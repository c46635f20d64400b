namespace Dashboard.Normalisation;

/// <summary>
/// Removes a parenthesised pinyin syllable written straight after an ideograph: 學(xué)習(xí) becomes 學習.
/// Parentheses holding anything else — (试行), (2024), (AI), (市、區) — stay as they are.
/// </summary>
internal sealed class PinyinAnnotationRemoval : INormalisationStep
{
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
    private static int AnnotationLengthAt(string input, int index)
    {
        if (!IsOpening(input[index]) || !ChineseCharacters.IsIdeographBefore(input, index))
        {
            return 0;
        }

        var window = input.AsSpan(index + 1, Math.Min(input.Length - index - 1, PinyinSyllableReader.MaxLength + 1));
        var contentLength = window.IndexOfAny(')', '）');
        if (contentLength < 0)
        {
            return 0;
        }

        return PinyinSyllableReader.IsSyllable(window[..contentLength]) ? contentLength + 2 : 0;
    }

    private static bool IsOpening(char c) => c is '(' or '（';
}
