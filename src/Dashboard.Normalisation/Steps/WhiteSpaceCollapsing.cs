namespace Dashboard.Normalisation;

/// <summary>
/// Trims spaces at both ends of each line, collapses runs of spaces to one, and runs of blank lines to one blank line.
/// Blank lines at the start and end of the text go. Line breaks themselves always stay: lines are never joined.
/// Expects white space already folded to ' ' and '\n'.
/// </summary>
internal sealed class WhiteSpaceCollapsing : INormalisationStep
{
    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        var previousLineBreak = -1; // where the last written line ends
        var lineStart = 0;
        while (lineStart < input.Length)
        {
            var lineBreak = input.IndexOf('\n', lineStart);
            var lineEnd = lineBreak < 0 ? input.Length : lineBreak;
            var line = input.AsSpan(lineStart, lineEnd - lineStart);
            var contentStart = lineStart + (line.Length - line.TrimStart(' ').Length);
            var contentEnd = lineStart + line.TrimEnd(' ').Length;
            if (contentStart < contentEnd)
            {
                if (output.Length > 0)
                {
                    AppendLineBreaks(previousLineBreak, lineStart, output);
                }

                AppendCollapsingSpaces(input, contentStart, contentEnd, output);
                previousLineBreak = lineEnd;
            }

            lineStart = lineBreak < 0 ? input.Length : lineBreak + 1;
        }

        return output.Build();
    }

    /// <summary>
    /// One line break for the break that ended the previous line, and one more standing for all the blank lines
    /// in between if there were any.
    /// </summary>
    private static void AppendLineBreaks(int previousLineBreak, int lineStart, MappedTextBuilder output)
    {
        output.Append('\n', previousLineBreak, previousLineBreak + 1);
        if (lineStart - 1 > previousLineBreak)
        {
            output.Append('\n', previousLineBreak + 1, lineStart);
        }
    }

    private static void AppendCollapsingSpaces(string input, int start, int end, MappedTextBuilder output)
    {
        var i = start;
        while (i < end)
        {
            if (input[i] == ' ')
            {
                var runEnd = i;
                while (input[runEnd] == ' ')
                {
                    runEnd++;
                }

                output.Append(' ', i, runEnd);
                i = runEnd;
            }
            else
            {
                output.Append(input[i], i, i + 1);
                i++;
            }
        }
    }
}
