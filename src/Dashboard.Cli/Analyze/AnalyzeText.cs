using System.Globalization;
using Dashboard.Analysis.Comparison;
using Dashboard.Analysis.Corpus;
using Dashboard.Analysis.Instruments;

namespace Dashboard.Cli.Analyze;

/// <summary>The human-readable report of `analyze`: each document, then the comparison across localities.</summary>
internal static class AnalyzeText
{
    private const int TopThemes = 6;
    private const int TopTerms = 10;

    public static void Write(CorpusAnalysis corpus, AnalysisResources resources, IReadOnlyDictionary<string, string> files, TextWriter w)
    {
        var taxonomy = resources.Taxonomy;
        foreach (var d in corpus.Documents)
        {
            w.WriteLine($"== {files.GetValueOrDefault(d.Id, d.Id)}");
            w.WriteLine($"title      {d.Title}");
            var place = d.Locality is { } p ? $"{p.Name} ({p.EnglishName}), {p.ProvinceName} ({p.ProvinceEnglishName}) [{p.Code}]" : "unknown";
            var how = d.DetectedLocality is { } l
                ? $" ({(d.LocalitySuggested ? "suggested, please confirm" : "detected")}, confidence {F(l.Confidence, 2)}, from \"{l.Evidence}\")"
                : "";
            w.WriteLine($"locality   {place}{how}");
            var dateHow = d.DetectedDate is { } dd ? $" (from \"{dd.Evidence}\"{(d.Date.Year is null ? "; the year is not in the text" : "")})" : "";
            w.WriteLine($"date       {d.Date}{dateHow}");
            w.WriteLine($"words      {d.WordTokens}");
            w.WriteLine("themes     hits  per 1,000  share");
            foreach (var s in ThemeProfiles.Build(taxonomy, d.Id, [d]).Ranked.Where(s => s.Hits > 0).Take(TopThemes))
            {
                var theme = taxonomy.Find(s.ThemeId)!;
                w.WriteLine($"  {s.Hits,4}  {F(s.PerThousandTokens, 1),9}  {F(s.Share * 100, 0),4}%  {theme.BilingualLabel}: {string.Join("、", s.Terms.Take(4).Select(t => t.Term))}");
            }

            var mix = InstrumentMixes.Build(resources.Rules, d.Id, [d]);
            w.WriteLine($"instruments {mix.MeasureClauses} measure clauses: " + string.Join(", ", resources.Rules.Categories
                .Select(c => $"{c.English} {mix.ByCategory.GetValueOrDefault(c.Id)}")
                .Append($"none {mix.ByCategory.GetValueOrDefault(InstrumentType.NoneId)}")));
            w.WriteLine("priorities");
            foreach (var kind in d.Priorities.GroupBy(p => p.Kind))
            {
                w.WriteLine($"  {kind.Key}: " + string.Join("；", kind.GroupBy(p => p.Group ?? "").Select(g =>
                    (g.Key.Length > 0 ? g.Key + "：" : "") + string.Join("、", g.Select(p => p.Number is { } n && !p.Item.Contains(n, StringComparison.Ordinal) && !g.Key.Contains(n, StringComparison.Ordinal) ? $"{p.Item}（{n}）" : p.Item)))));
            }

            if (d.Priorities.Count == 0)
            {
                w.WriteLine("  (none named)");
            }

            w.WriteLine($"keywords   {string.Join(" ", d.Keywords.Take(12).Select(k => k.Word))}");
            w.WriteLine();
        }

        WriteComparison(corpus, resources, w);
    }

    private static void WriteComparison(CorpusAnalysis corpus, AnalysisResources resources, TextWriter w)
    {
        if (corpus.Groups.Count < 2)
        {
            w.WriteLine("== comparison: needs documents from at least two localities");
            return;
        }

        w.WriteLine("== comparison by locality: theme share of all theme hits (hits per 1,000 words)");
        w.WriteLine("  " + string.Join("  ", corpus.Groups.Select(g => $"{g.Name,-14}")) + "  theme");
        foreach (var theme in resources.Taxonomy.Themes)
        {
            var cells = corpus.Groups.Select(g => g.Themes[theme.Id]).ToList();
            if (cells.All(c => c.Hits == 0))
            {
                continue;
            }

            w.WriteLine("  " + string.Join("  ", cells.Select(c => $"{F(c.Share * 100, 0) + "%",4} ({F(c.PerThousandTokens, 1),5})".PadRight(14))) + $"  {theme.BilingualLabel}");
        }

        w.WriteLine();
        foreach (var d in corpus.Comparison.Pairwise)
        {
            w.WriteLine($"== distinctive terms, {d.GroupA} against {d.GroupB} (weighted log-odds z, prior {F(d.PriorStrength, 0)}; count per side)");
            w.WriteLine($"  {d.GroupA}: " + string.Join("  ", d.TopFor(ComparisonSide.A, TopTerms).Select(t => $"{t.Term} {F(t.Z, 2)} ({t.CountA}/{t.CountB})")));
            w.WriteLine($"  {d.GroupB}: " + string.Join("  ", d.TopFor(ComparisonSide.B, TopTerms).Select(t => $"{t.Term} {F(-t.Z, 2)} ({t.CountB}/{t.CountA})")));
        }

        if (corpus.Groups.Count > 2)
        {
            w.WriteLine("== similarity (cosine on TF-IDF)");
            var s = corpus.Comparison.Similarity;
            for (var i = 0; i < s.Names.Count; i++)
            {
                w.WriteLine($"  {s.Names[i],-14} " + string.Join(" ", s.Values[i].Select(v => F(v, 2))));
            }
        }

        w.WriteLine("== warnings");
        foreach (var warning in corpus.Comparison.Warnings.Concat(corpus.Groups.SelectMany(g => g.Warnings)))
        {
            w.WriteLine($"  {warning.Message}");
        }
    }

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
