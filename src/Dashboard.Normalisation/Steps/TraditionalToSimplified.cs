namespace Dashboard.Normalisation;

/// <summary>
/// Converts traditional characters to simplified ones with OpenCC's tables: at each position the longest phrase of
/// TSPhrases wins; otherwise the character is looked up in TSCharacters; otherwise it is kept.
/// </summary>
internal sealed class TraditionalToSimplified : INormalisationStep
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly int _maxPhraseLength;
    private readonly Dictionary<int, string> _characters;

    public TraditionalToSimplified(OpenCcTables tables)
    {
        _phrases = tables.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxPhraseLength = tables.MaxPhraseLength;
        _characters = tables.Characters;
    }

    public MappedText Apply(string input)
    {
        var output = new MappedTextBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            i += AppendPhraseAt(input, i, output) ?? AppendCharacterAt(input, i, output);
        }

        return output.Build();
    }

    /// <summary>Converts the longest phrase that starts at <paramref name="start"/>; returns its length, or null when none does.</summary>
    private int? AppendPhraseAt(string input, int start, MappedTextBuilder output)
    {
        // Single characters are left to the character table unless the phrase table lists them.
        for (var length = Math.Min(_maxPhraseLength, input.Length - start); length >= 1; length--)
        {
            var phrase = input.AsSpan(start, length);
            if (_phrases.TryGetValue(phrase, out var simplified))
            {
                AppendPhrase(phrase, simplified, start, output);
                return length;
            }
        }

        return null;
    }

    private int AppendCharacterAt(string input, int start, MappedTextBuilder output)
    {
        var length = ChineseCharacters.CodePointLength(input, start);
        if (_characters.TryGetValue(ChineseCharacters.CodePointAt(input, start), out var simplified))
        {
            output.Append(simplified, start, start + length);
        }
        else
        {
            output.Append(input.AsSpan(start, length), start, start + length);
        }

        return length;
    }

    /// <summary>
    /// With as many characters out as in, each output character points at the one it replaces (a surrogate pair counts
    /// as one character); otherwise every output character points at the whole phrase.
    /// </summary>
    private static void AppendPhrase(ReadOnlySpan<char> phrase, string simplified, int start, MappedTextBuilder output)
    {
        if (CountCodePoints(phrase) != CountCodePoints(simplified))
        {
            output.Append(simplified, start, start + phrase.Length);
            return;
        }

        var from = 0;
        var to = 0;
        while (to < simplified.Length)
        {
            var fromLength = ChineseCharacters.CodePointLength(phrase, from);
            var toLength = ChineseCharacters.CodePointLength(simplified, to);
            output.Append(simplified.AsSpan(to, toLength), start + from, start + from + fromLength);
            from += fromLength;
            to += toLength;
        }
    }

    private static int CountCodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i += ChineseCharacters.CodePointLength(text, i))
        {
            count++;
        }

        return count;
    }
}
