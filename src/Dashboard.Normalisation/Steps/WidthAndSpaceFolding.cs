namespace Dashboard.Normalisation;

/// <summary>
/// Character for character: full-width letters and digits (Ａ ｂ ３) become ASCII; every kind of white space other than
/// \n (the ideographic space, no-break spaces, tabs, …) becomes an ordinary space.
/// </summary>
internal sealed class WidthAndSpaceFolding : INormalisationStep
{
    // The full-width forms U+FF01..U+FF5E mirror ASCII U+0021..U+007E.
    private const int FullWidthOffset = 0xFF01 - 0x21;

    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            output.Append(Fold(input[i]), i, i + 1);
        }

        return output.Build();
    }

    private static char Fold(char c) => c switch
    {
        (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') => (char)(c - FullWidthOffset),
        '\n' => c,
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };
}
