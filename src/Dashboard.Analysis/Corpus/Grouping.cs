namespace Dashboard.Analysis.Corpus;

/// <summary>Which group a document belongs to in a comparison.</summary>
public sealed record GroupKey(string Key, string Name, string EnglishName);

/// <summary>The usual groupings: by locality, by province.</summary>
public static class Grouping
{
    public static GroupKey Unplaced { get; } = new("unplaced", "未定位", "No locality");

    public static GroupKey ByLocality(DocumentAnalysis document) =>
        document.Locality is { } place ? new GroupKey(place.Code, place.Name, place.EnglishName) : Unplaced;

    public static GroupKey ByProvince(DocumentAnalysis document) =>
        document.Locality is { } place ? new GroupKey(place.ProvinceCode, place.ProvinceName, place.ProvinceEnglishName) : Unplaced;
}
