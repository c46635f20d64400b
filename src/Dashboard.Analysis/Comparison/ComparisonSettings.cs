namespace Dashboard.Analysis.Comparison;

/// <summary>
/// Settings of the group comparisons. Every value must be positive; setting one that is not throws, in an object
/// initialiser and in a <c>with</c> expression alike.
/// </summary>
public sealed record ComparisonSettings
{
    /// <summary>
    /// α0, the weight of the informative Dirichlet prior in pseudo-tokens (Monroe, Colaresi &amp; Quinn 2008, §3.5).
    /// Default 1,000: about one short municipal policy release (the seeds are ~2,200 characters, ~1,300 tokens),
    /// so a term seen a handful of times is pulled well towards the pooled rate while a group of several documents
    /// (10⁴–10⁵ tokens) still speaks mostly for itself. Much smaller priors let one-off terms look distinctive;
    /// much larger ones flatten real differences of small groups.
    /// </summary>
    public double PriorStrength
    {
        get;
        init => field = double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PriorStrength), value, "The prior strength must be a positive finite number.");
    } = 1000;

    /// <summary>
    /// Terms counted fewer times than this in the two compared sides together are left out. Default 2: a term seen
    /// once cannot be distinctive of anything, and such terms are about half of any vocabulary. Set 1 to keep
    /// every term (for a corpus of one or two short documents).
    /// </summary>
    public int MinimumCount
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumCount), value, "The minimum count must be at least 1.");
    } = 2;

    /// <summary>
    /// How many terms of each side are reported as its distinctive terms, and checked for the single-document
    /// warning. Default 20, the number of keywords jieba extracts by default.
    /// </summary>
    public int TopTerms
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TopTerms), value, "The number of top terms must be at least 1.");
    } = 20;

    /// <summary>A group with fewer tokens than this is flagged as having little text. Default 1,000.</summary>
    public long SmallGroupTokens
    {
        get;
        init => field = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(SmallGroupTokens), value, "The small-group threshold must be at least 1 token.");
    } = 1000;

    public static ComparisonSettings Default { get; } = new();
}
