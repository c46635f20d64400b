using Dashboard.Segmentation;

namespace Dashboard.Analysis.Text;

/// <summary>Which tokens count as words: rates per 1,000 tokens and term counts leave out white space and punctuation.</summary>
public static class WordTokens
{
    public static bool IsWord(string token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsWord(Token token) => IsWord(token.Word);

    public static int Count(IEnumerable<Token> tokens) => tokens.Count(IsWord);
}
