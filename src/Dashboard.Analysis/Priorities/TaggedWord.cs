namespace Dashboard.Analysis.Priorities;

/// <summary>A word of a sentence with its part-of-speech flag and its offset in the normalised text.</summary>
internal sealed record TaggedWord(string Word, string Flag, int Start)
{
    public int End => Start + Word.Length;

    public bool IsPunctuation => !Word.Any(char.IsLetterOrDigit);

    /// <summary>Verb, preposition, adverb, conjunction, particle, pronoun: words that join a phrase, not name it.</summary>
    public bool IsFunctionWord => Flag is "p" or "d" or "ad" or "c" or "r" or "f" || Flag.StartsWith('u');

    /// <summary>A word that can be part of a name: nouns, place and organisation names, times, distinguishing
    /// words, abbreviations, adjectives, and words the dictionary gives no tag (user-dictionary terms get "x").</summary>
    public bool IsNameWord =>
        !IsPunctuation && (Flag.StartsWith('n') || Flag is "t" or "b" or "j" or "a" or "an" or "vn" or "eng" or "l" or "s" or "x");

    public bool IsVerb => Flag.StartsWith('v') && Flag != "vn";
}
