using Dashboard.Analysis.Documents;

namespace Dashboard.Analysis.Places;

/// <summary>A document's date as <see cref="DateDetector"/> reads it, with the phrase it was read from.</summary>
/// <param name="Date">Year (null when the text gives month and day only), month and day.</param>
/// <param name="Evidence">The phrase, e.g. 11月28日 or 二〇二四年十一月二十八日.</param>
/// <param name="EvidenceStart">Where the phrase starts in the normalised text.</param>
/// <param name="EvidenceLength">Its length in UTF-16 units.</param>
/// <param name="IsInFuture">The earliest day the date can mean is after the day of detection: likely a deadline or a typo, not a release date.</param>
public sealed record DateGuess(PolicyDate Date, string Evidence, int EvidenceStart, int EvidenceLength, bool IsInFuture);
