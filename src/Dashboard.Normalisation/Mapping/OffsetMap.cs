namespace Dashboard.Normalisation;

/// <summary>
/// Ties every character of a text to the range of an earlier text it came from.
/// Ranges are never empty and never go backwards; text that was removed belongs to no character.
/// </summary>
internal sealed class OffsetMap
{
    // _starts has one entry more than the text: the last one is the length of the earlier text.
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal OffsetMap(int[] starts, int[] ends)
    {
        if (starts.Length != ends.Length + 1)
        {
            throw new ArgumentException("An offset map needs one start more than it has ends.", nameof(starts));
        }

        _starts = starts;
        _ends = ends;
    }

    public int Length => _ends.Length;

    public int SourceLength => _starts[^1];

    public static OffsetMap Identity(int length)
    {
        var starts = new int[length + 1];
        var ends = new int[length];
        for (var i = 0; i < length; i++)
        {
            starts[i] = i;
            ends[i] = i + 1;
        }

        starts[length] = length;
        return new OffsetMap(starts, ends);
    }

    /// <summary>Where character <paramref name="index"/> starts in the earlier text; <see cref="Length"/> maps to its end.</summary>
    public int Start(int index) => _starts[index];

    /// <summary>Where character <paramref name="index"/> ends (exclusive) in the earlier text.</summary>
    public int End(int index) => _ends[index];

    /// <summary>
    /// The map from the text this map describes to the source of <paramref name="earlier"/>,
    /// when <paramref name="earlier"/> describes the text this map points into.
    /// </summary>
    public OffsetMap Through(OffsetMap earlier)
    {
        if (SourceLength != earlier.Length)
        {
            throw new ArgumentException("The maps do not chain: the lengths differ.", nameof(earlier));
        }

        var starts = new int[_starts.Length];
        var ends = new int[_ends.Length];
        for (var i = 0; i < _ends.Length; i++)
        {
            starts[i] = earlier._starts[_starts[i]];
            ends[i] = earlier._ends[_ends[i] - 1];
        }

        starts[^1] = earlier.SourceLength;
        return new OffsetMap(starts, ends);
    }
}
