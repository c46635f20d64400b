namespace Dashboard.Analysis.Comparison;

/// <summary>
/// The log-likelihood statistic G² for a term's frequency in two corpora (Dunning 1993, in the form of Rayson &amp;
/// Garside 2000): counts a and b in corpora of c and d tokens, E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
/// G² = 2(a ln(a/E1) + b ln(b/E2)) with 0·ln 0 = 0. It has no sign: which corpus the term favours is read elsewhere.
/// </summary>
public static class LogLikelihood
{
    public static double G2(long a, long b, long c, long d)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfLessThan(c, a);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, b);

        var observed = (double)(a + b);
        if (observed == 0)
        {
            return 0;
        }

        var total = (double)c + d;
        var sum = 0.0;
        if (a > 0)
        {
            sum += a * Math.Log(a / (c * observed / total));
        }

        if (b > 0)
        {
            sum += b * Math.Log(b / (d * observed / total));
        }

        // Equal rates give 0 up to rounding; the statistic is never negative.
        return Math.Max(0, 2 * sum);
    }
}
