namespace Dashboard.Analysis.Comparison;

public enum ComparisonWarningKind
{
    /// <summary>A top distinctive term of a group of several documents occurs in only one of them.</summary>
    TermFromSingleDocument,

    /// <summary>A group holds one document, so all its figures rest on that document.</summary>
    SingleDocumentGroup,

    /// <summary>A group has fewer tokens than <see cref="ComparisonSettings.SmallGroupTokens"/>.</summary>
    SmallGroup,

    /// <summary>Both sides of a comparison are the same group.</summary>
    SameGroups,

    /// <summary>A group has no text.</summary>
    EmptyGroup,
}

/// <summary>
/// Something an analyst must know before trusting a figure. <see cref="MessageKey"/> names the message for
/// translation; <see cref="Message"/> is its English text with the names and numbers filled in.
/// </summary>
public sealed record ComparisonWarning(ComparisonWarningKind Kind, string Group, string? Term, string MessageKey, string Message);
