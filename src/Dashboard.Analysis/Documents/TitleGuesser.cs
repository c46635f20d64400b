using System.Text.RegularExpressions;
using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Documents;

/// <summary>
/// Proposes a title when none is given: a short first line without a full stop (a headline), otherwise the first
/// clause of the first sentence that is not just a date (releases open with "11月28日上午，东莞市委…召开…"),
/// cut at <see cref="MaxLength"/> characters.
/// </summary>
public static partial class TitleGuesser
{
    public const int MaxLength = 40;

    [GeneratedRegex(@"^[\d〇零一二三四五六七八九十年月日号上下午晚早前后\s]*$")]
    private static partial Regex DateOnly();

    public static string Guess(string normalisedText, IReadOnlyList<Sentence> sentences)
    {
        var firstLine = normalisedText.Split('\n', 2)[0].Trim();
        if (firstLine.Length is > 0 and <= MaxLength && !firstLine.Contains('。') && !firstLine.Contains('，'))
        {
            return firstLine;
        }

        foreach (var sentence in sentences.Take(2))
        {
            foreach (var clause in sentence.Text.Split('，', '：', '。', '；', '！', '？'))
            {
                var candidate = clause.Trim();
                if (candidate.Length >= 4 && !DateOnly().IsMatch(candidate))
                {
                    return candidate.Length <= MaxLength ? candidate : candidate[..MaxLength] + "…";
                }
            }
        }

        return firstLine.Length <= MaxLength ? firstLine : firstLine[..MaxLength] + "…";
    }
}
