using System.Globalization;

namespace Dashboard.Benchmarks.Comparison;

/// <summary>Whether another segmenter's tokens for the first lines are ours, token for token.</summary>
internal static class TokenAgreement
{
    public static (bool Identical, string Summary) Compare(List<string[]> ours, List<string[]> theirs)
    {
        if (theirs.Count == 0)
        {
            return (false, "no tokens written");
        }

        var lines = Math.Min(ours.Count, theirs.Count);
        for (var i = 0; i < lines; i++)
        {
            if (!ours[i].AsSpan().SequenceEqual(theirs[i]))
            {
                var at = 0;
                while (at < ours[i].Length && at < theirs[i].Length && ours[i][at] == theirs[i][at])
                {
                    at++;
                }

                return (false, string.Create(CultureInfo.InvariantCulture,
                    $"differ at line {i + 1}, token {at + 1}: ours [{Window(ours[i], at)}] vs [{Window(theirs[i], at)}]"));
            }
        }

        return (ours.Count == theirs.Count, string.Create(CultureInfo.InvariantCulture, $"identical on {lines} lines"));
    }

    private static string Window(string[] tokens, int at) =>
        string.Join(" / ", tokens.Skip(Math.Max(0, at - 2)).Take(5).Select(t => t.Replace("\r", "\\r", StringComparison.Ordinal)));
}
