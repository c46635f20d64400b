namespace Dashboard.Normalisation;

/// <summary>Turns \r\n, \r, NEL, and the Unicode line and paragraph separators into \n.</summary>
internal sealed class LineBreakUnification : INormalisationStep
{
    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            switch (input[i])
            {
                case '\r' when i + 1 < input.Length && input[i + 1] == '\n':
                    output.Append('\n', i, i + 2);
                    i++;
                    break;
                case '\r' or '\u0085' or '\u2028' or '\u2029':
                    output.Append('\n', i, i + 1);
                    break;
                default:
                    output.Append(input[i], i, i + 1);
                    break;
            }
        }

        return output.Build();
    }
}
