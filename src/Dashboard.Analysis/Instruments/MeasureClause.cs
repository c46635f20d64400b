using Dashboard.Analysis.Text;

namespace Dashboard.Analysis.Instruments;

/// <summary>
/// A clause that states a measure, the instrument type it was given (<see cref="InstrumentType.NoneId"/> when no cue
/// word placed it), the cue words that decided it, and its place in the text.
/// </summary>
public sealed record MeasureClause(string TypeId, string CategoryId, IReadOnlyList<string> Cues, string Marker, Evidence Evidence);
