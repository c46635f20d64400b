namespace Dashboard.Analysis.Documents;

/// <summary>A place as documents and results refer to it: GB/T 2260 code and names, with its province.</summary>
public sealed record PlaceRef(
    string Code,
    string Name,
    string EnglishName,
    string Level,
    string ProvinceCode,
    string ProvinceName,
    string ProvinceEnglishName)
{
    /// <summary>中文 (English).</summary>
    public string BilingualName => $"{Name} ({EnglishName})";
}
