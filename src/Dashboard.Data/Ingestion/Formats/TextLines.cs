using System.Text;

namespace Dashboard.Data.Ingestion;

/// <summary>
/// Builds text line by line from pieces, the way a browser lays them out: runs of white space collapse to one space,
/// line breaks end a line, blank lines are dropped. White space that held a line break between two Chinese
/// characters is dropped, since Chinese puts no space between words (a source line wrapped mid-sentence).
/// </summary>
internal sealed class TextLines
{
    private readonly List<string> _lines = [];
    private readonly StringBuilder _line = new();
    private bool _pendingSpace;
    private bool _pendingSpaceHadLineBreak;

    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                _pendingSpaceHadLineBreak |= c is '\n' or '\r';
                continue;
            }

            if (_pendingSpace && _line.Length > 0
                && !(_pendingSpaceHadLineBreak && ChineseCharacters.IsSetWithoutSpaces(_line[^1]) && ChineseCharacters.IsSetWithoutSpaces(c)))
            {
                _line.Append(' ');
            }

            ClearPendingSpace();
            _line.Append(c);
        }
    }

    /// <summary>Separates what follows from what precedes by a space, as between table cells.</summary>
    public void Space()
    {
        _pendingSpace = true;
    }

    public void EndLine()
    {
        if (_line.Length > 0)
        {
            _lines.Add(_line.ToString());
            _line.Clear();
        }

        ClearPendingSpace();
    }

    public override string ToString()
    {
        EndLine();
        return string.Join('\n', _lines);
    }

    private void ClearPendingSpace()
    {
        _pendingSpace = false;
        _pendingSpaceHadLineBreak = false;
    }
}
