namespace Dashboard.Analysis.Evaluation;

/// <summary>
/// One document of the gold corpus as read by hand (a row of tests/corpus/index.tsv), with its text.
/// </summary>
/// <param name="Part">"development" (rules may be tuned on it) or "test" (never tuned on).</param>
/// <param name="Date">The document's date as the text gives it, or null when it gives none.</param>
/// <param name="DateAlso">Other dates the text gives for the same release (its dateline or publication line), which
/// count as right too; a repost's date never does.</param>
/// <param name="Industries">The industries the text sets as priorities, as written after normalisation; empty when it names none.</param>
public sealed record GoldDocument(
    string File,
    string Part,
    string LocalityName,
    string LocalityCode,
    string Level,
    string ProvinceName,
    string ProvinceCode,
    GoldDate? Date,
    IReadOnlyList<GoldDate> DateAlso,
    string? SourceUrl,
    string? Headline,
    string Naming,
    string Kind,
    string Noise,
    IReadOnlyList<string> Industries,
    string Text)
{
    public const string Development = "development";
    public const string Test = "test";

    public string Id => Path.GetFileNameWithoutExtension(File);

    public bool NamesNoIndustry => Industries.Count == 0;
}
