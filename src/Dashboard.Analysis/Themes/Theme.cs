namespace Dashboard.Analysis.Themes;

/// <summary>A theme of the taxonomy: labels in Chinese and English, a one-line definition in each, and its terms.</summary>
public sealed record Theme(string Id, string Chinese, string English, string DefinitionEnglish, string DefinitionChinese, IReadOnlyList<string> Terms)
{
    /// <summary>中文 (English), the label shown where both help the reader.</summary>
    public string BilingualLabel => $"{Chinese} ({English})";
}
