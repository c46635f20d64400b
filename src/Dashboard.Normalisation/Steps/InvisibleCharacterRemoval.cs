namespace Dashboard.Normalisation;

/// <summary>
/// Removes the byte order mark, zero-width characters, the soft hyphen and control characters.
/// \n and \t stay; \v and \f stay too, so that the white-space step turns them into a space rather than gluing words.
/// </summary>
internal sealed class InvisibleCharacterRemoval : INormalisationStep
{
    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            if (!IsInvisible(input[i]))
            {
                output.Append(input[i], i, i + 1);
            }
        }

        return output.Build();
    }

    private static bool IsInvisible(char c) => c switch
    {
        '\n' or '\t' or '\v' or '\f' => false,
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => true,
        _ => char.IsControl(c),
    };
}
