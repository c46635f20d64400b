namespace Dashboard.Analysis.Places;

/// <summary>What the text holds for one division: the weights of its mentions and the phrase that shows it best.</summary>
internal sealed class CandidateEvidence(Division division)
{
    private readonly List<double> _weights = [];
    private double _levelSupport;

    public Division Division { get; } = division;

    /// <summary>The repetition-discounted sum of the mention weights, plus the support of level references.</summary>
    public double Score { get; private set; }

    /// <summary>The strongest phrase: start, length and weight; earliest among equals.</summary>
    public (int Start, int Length, double Weight)? Best { get; private set; }

    /// <summary>Where the first issuing body, meeting or department of this division starts; null when there is none.</summary>
    public int? FirstIssuing { get; private set; }

    public void Add(double weight, PlaceMention mention)
    {
        _weights.Add(weight);
        if (MentionWeights.IsIssuing(mention.Kind) && (FirstIssuing is null || mention.Start < FirstIssuing))
        {
            FirstIssuing = mention.Start;
        }

        Offer(mention.Start, mention.Length, weight);
        Recompute();
    }

    /// <summary>The page's address names the division (dongkou.gov.cn): evidence, though not in the text.</summary>
    public void AddSourceAddress(double weight)
    {
        _weights.Add(weight);
        Recompute();
    }

    /// <summary>Adds the (capped) support of a level's references; the strongest of them may serve as the evidence.</summary>
    /// <param name="firstPersonAt">Where the first 我县 of the level is: the division acts there (the author is its body).</param>
    public void AddLevelSupport(double total, LevelReference strongest, double strongestWeight, int? firstPersonAt = null)
    {
        _levelSupport += total;
        if (firstPersonAt is { } at && (FirstIssuing is null || at < FirstIssuing))
        {
            FirstIssuing = at;
        }

        Offer(strongest.Start, strongest.Length, strongestWeight);
        Recompute();
    }

    private void Offer(int start, int length, double weight)
    {
        if (Best is not { } best || weight > best.Weight || (weight == best.Weight && start < best.Start))
        {
            Best = (start, length, weight);
        }
    }

    private void Recompute()
    {
        var score = 0.0;
        var factor = 1.0;
        foreach (var weight in _weights.OrderByDescending(w => w))
        {
            score += weight * factor;
            factor *= MentionWeights.Repetition;
        }

        Score = score + _levelSupport;
    }
}
