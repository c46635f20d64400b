namespace Dashboard.Analysis.Places;

/// <summary>
/// One administrative division of GB/T 2260: a province, a prefecture or a county-level unit.
/// </summary>
/// <param name="Code">The 6-digit code, e.g. "441900".</param>
/// <param name="Name">The official name, e.g. 东莞市.</param>
/// <param name="ShortName">The name without its type suffix (东莞); the full name when the stem would be one character (忠县).</param>
/// <param name="EnglishName">Romanised, with a type word for counties and districts ("Wangkui County", "Beilin District").</param>
/// <param name="Pinyin">Pinyin of <paramref name="ShortName"/> for search: lowercase ASCII, no tones or spaces, ü written v.</param>
/// <param name="ParentCode">The next division up; null for provinces. Districts of municipalities point to the municipality.</param>
public sealed record Division(
    string Code,
    string Name,
    string ShortName,
    string EnglishName,
    string Pinyin,
    AdministrativeLevel Level,
    string? ParentCode,
    string ProvinceCode,
    EconomicRegion EconomicRegion,
    GeographicRegion GeographicRegion)
{
    public override string ToString() => $"{Name} ({Code})";
}
