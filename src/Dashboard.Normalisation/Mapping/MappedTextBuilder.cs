using System.Diagnostics;
using System.Text;

namespace Dashboard.Normalisation;

/// <summary>Builds a step's output text together with its offset map into the step's input.</summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text;
    private readonly List<int> _starts;
    private readonly List<int> _ends;
    private readonly int _inputLength;

    public MappedTextBuilder(int inputLength)
    {
        _inputLength = inputLength;
        _text = new StringBuilder(inputLength);
        _starts = new List<int>(inputLength + 1);
        _ends = new List<int>(inputLength);
    }

    public int Length => _text.Length;

    /// <summary>The last character written, or '\0' when nothing has been written yet.</summary>
    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Writes a character that stands for input[sourceStart..sourceEnd).</summary>
    public void Append(char c, int sourceStart, int sourceEnd)
    {
        Debug.Assert(sourceStart < sourceEnd && sourceEnd <= _inputLength, "A character must come from a non-empty range of the input.");
        Debug.Assert(_starts.Count == 0 || (sourceStart >= _starts[^1] && sourceEnd >= _ends[^1]), "Ranges must not go backwards.");
        _text.Append(c);
        _starts.Add(sourceStart);
        _ends.Add(sourceEnd);
    }

    /// <summary>Writes every character of <paramref name="text"/> as standing for the whole of input[sourceStart..sourceEnd).</summary>
    public void Append(ReadOnlySpan<char> text, int sourceStart, int sourceEnd)
    {
        foreach (var c in text)
        {
            Append(c, sourceStart, sourceEnd);
        }
    }

    /// <summary>Copies input[start..start+length) unchanged, character by character.</summary>
    public void Copy(string input, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            Append(input[i], i, i + 1);
        }
    }

    public MappedText Build()
    {
        var starts = new int[_starts.Count + 1];
        _starts.CopyTo(starts);
        starts[^1] = _inputLength;
        return new MappedText(_text.ToString(), new OffsetMap(starts, [.. _ends]));
    }
}
