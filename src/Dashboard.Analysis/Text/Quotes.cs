namespace Dashboard.Analysis.Text;

/// <summary>Quotation marks and brackets of Chinese text, in pairs.</summary>
public static class Quotes
{
    /// <summary>Whether a text leaves a quotation mark, bracket or title mark open or closes one never opened.</summary>
    public static bool Unbalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Count(c => c == '“') != text.Count(c => c == '”')
            || text.Count(c => c is '（' or '(') != text.Count(c => c is '）' or ')')
            || text.Count(c => c == '《') != text.Count(c => c == '》')
            || text.Count(c => c == '【') != text.Count(c => c == '】');
    }
}
