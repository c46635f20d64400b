namespace Dashboard.Data.Ingestion;

/// <summary>
/// Scores a decoded text by how much it looks like real Chinese text, to choose between candidate encodings: common
/// characters and Chinese punctuation score up; replacement characters, control characters, private-use characters,
/// rare ideographs and stray symbols (what a wrong decoding produces) score down.
/// </summary>
internal static class DecodingPlausibility
{
    private const double FrequentHanzi = 2;
    private const double ChinesePunctuation = 0.5;
    private const double Neutral = 0;
    private const double Unusual = -1;
    private const double Garbage = -3;

    public static DecodingScore Measure(ReadOnlySpan<char> text)
    {
        var total = 0.0;
        foreach (var c in text)
        {
            total += Score(c);
        }

        return new DecodingScore(total, text.Length);
    }

    private static double Score(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' => Neutral,
        < ' ' or (>= '\u007F' and <= '\u009F') => Garbage,
        <= '~' => Neutral,
        '\uFFFD' => Garbage,
        >= '\uE000' and <= '\uF8FF' => Garbage, // private use: GBK's user-defined area, Big5's unassigned codes
        >= '\u4E00' and <= '\u9FFF' => CommonHanzi.Contains(c) ? FrequentHanzi : Neutral,
        (>= '\u3000' and <= '\u3003') or (>= '\u3008' and <= '\u3011') or (>= '\u3014' and <= '\u301F') => ChinesePunctuation,
        (>= '\uFF01' and <= '\uFF5E') or (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u203B') => ChinesePunctuation,
        (>= '\u00A0' and <= '\u00FF') => Neutral, // Latin-1 symbols such as · × ÷ °
        (>= '\u2100' and <= '\u218F') or (>= '\u2460' and <= '\u24FF') => Neutral, // ℃ № Ⅰ Ⅱ, ① ②
        _ => Unusual, // extension A, compatibility ideographs, surrogates (rare ideographs), kana, Hangul, box drawing…
    };
}

/// <summary>The sum of a decoded text's character scores, and how many characters it has.</summary>
internal readonly record struct DecodingScore(double Total, int Characters)
{
    public double Average => Characters == 0 ? 0 : Total / Characters;
}
