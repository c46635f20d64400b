namespace Dashboard.Normalisation;

/// <summary>Normalised text together with the way back to the text as scraped.</summary>
public sealed class NormalisedText
{
    private readonly OffsetMap _map;

    internal NormalisedText(string source, string text, OffsetMap map)
    {
        Source = source;
        Text = text;
        _map = map;
    }

    /// <summary>The text as it was given to the normaliser.</summary>
    public string Source { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>
    /// Where the character at <paramref name="offset"/> of <see cref="Text"/> starts in <see cref="Source"/>;
    /// <c>Text.Length</c> maps to <c>Source.Length</c>.
    /// </summary>
    public int ToSourceOffset(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        return _map.Start(offset);
    }

    /// <summary>
    /// The part of <see cref="Source"/> that Text[start..start+length) came from: from the source of its first character
    /// to the end of the source of its last, so annotations and spaces removed between them are inside, and those
    /// removed after the last character are not. An empty span maps to an empty span at <see cref="ToSourceOffset"/>.
    /// </summary>
    public (int Start, int Length) ToSourceSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Text.Length - length);
        if (length == 0)
        {
            return (_map.Start(start), 0);
        }

        var sourceStart = _map.Start(start);
        return (sourceStart, _map.End(start + length - 1) - sourceStart);
    }
}
