namespace Dashboard.Normalisation;

/// <summary>The output of one normalisation step and where each of its characters came from in the step's input.</summary>
internal readonly record struct MappedText(string Text, OffsetMap Map);
