namespace Dashboard.Analysis.Places;

/// <summary>The three upper tiers of China's administrative divisions.</summary>
public enum AdministrativeLevel
{
    /// <summary>省级: provinces, autonomous regions, municipalities, special administrative regions.</summary>
    Province,

    /// <summary>地级: prefecture-level cities, prefectures, autonomous prefectures, leagues.</summary>
    Prefecture,

    /// <summary>县级: districts, counties, county-level cities, banners.</summary>
    County,
}
