namespace Dashboard.Analysis.Places;

/// <summary>
/// The weights of the locality detector. A division's score is the sum of its mentions' weights, largest first, each
/// discounted by <see cref="Repetition"/> over the one before, so that one issuing body outweighs a handful of passing
/// mentions and many passing mentions approach five times one.
/// </summary>
internal static class MentionWeights
{
    public const double IssuingBody = 5.0;
    public const double Meeting = 4.0;
    public const double Department = 3.0;
    public const double Plain = 1.0;
    public const double Qualifier = 0.5;
    public const double AnchoredShortName = 0.8;

    /// <summary>A bare short name proposes a place only weakly: alone, it gives a low-confidence detection.</summary>
    public const double BareShortName = 0.5;

    /// <summary>A session of a series given to the place (驻马店专场): as strong as its own meeting.</summary>
    public const double Subject = 4.0;

    public const double Participant = 0.3;

    public const double Reference = 0.05;

    /// <summary>The page's address is the place's (dongkou.gov.cn, /mayang/): the publisher's, outside the text.</summary>
    public const double SourceAddress = 2.0;

    /// <summary>我市, 我县: the author is a body of that level; its division acts in the text.</summary>
    public const double LevelFirstPerson = 3.0;

    /// <summary>The most that first-person references (我县…) add to their division, after the lead bonus.</summary>
    public const double FirstPersonCap = 6.0;

    public const double Organisation = 0.1;

    /// <summary>全省, 我市, 本县.</summary>
    public const double LevelScope = 0.5;

    /// <summary>省委, 市政府, 县人大.</summary>
    public const double LevelIssuingBody = 0.75;

    /// <summary>全省新质生产力发展大会 opening a clause.</summary>
    public const double LevelMeeting = 1.5;

    /// <summary>The most that references to one level (全省, 省委…) add to their division, after the lead bonus.</summary>
    public const double LevelCap = 4.0;

    /// <summary>Factor for mentions in the lead, the first sentence: the headline or the opening of a release.</summary>
    public const double Lead = 1.5;

    /// <summary>Each further mention of a division counts this much of the one before it.</summary>
    public const double Repetition = 0.8;

    public static double Of(MentionKind kind) => kind switch
    {
        MentionKind.IssuingBody => IssuingBody,
        MentionKind.Meeting => Meeting,
        MentionKind.Department => Department,
        MentionKind.Plain => Plain,
        MentionKind.Qualifier => Qualifier,
        MentionKind.AnchoredShortName => AnchoredShortName,
        MentionKind.BareShortName => BareShortName,
        MentionKind.Organisation => Organisation,
        MentionKind.Subject => Subject,
        MentionKind.Participant => Participant,
        MentionKind.Reference => Reference,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether the kind shows the place acting: what decides between a prefecture and its county.</summary>
    public static bool IsIssuing(MentionKind kind) =>
        kind is MentionKind.IssuingBody or MentionKind.Meeting or MentionKind.Department or MentionKind.Subject;
}
